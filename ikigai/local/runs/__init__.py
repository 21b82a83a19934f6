"""Flow runs: their lifecycle on the server side, and the storage the engine sees."""
