"""What the platform's background parts share: the database, the data files, the settings and
the signer. `Services` makes one; uploads, exports and runs each hold it."""

from __future__ import annotations

from dataclasses import dataclass

from ikigai.local.settings import Settings
from ikigai.local.signing import Signer
from ikigai.local.store.db import Database
from ikigai.local.store.files import DataFiles


@dataclass(frozen=True)
class Core:
    db: Database
    files: DataFiles
    settings: Settings
    signer: Signer
