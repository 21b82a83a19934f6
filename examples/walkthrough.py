"""The user guide's walkthrough, end to end, on an embedded local platform.

App -> dataset from a DataFrame -> flow (Imported -> Count -> Exported) -> run -> run logs ->
download of the flow's output. Nothing needs an account or a network: `LocalPlatform` starts a
real platform on a free loopback port with a temporary data directory.

Run it with `scripts/demo`, or `python examples/walkthrough.py` in an environment that has
`ikigai[local]` installed.
"""

from __future__ import annotations

import time

import pandas as pd

from ikigai.local import LocalPlatform

SALES = pd.DataFrame(
    {
        "channel": ["web", "store", "web", "phone", "web", "store"],
        "product": ["tea", "tea", "coffee", "tea", "tea", "cocoa"],
        "units": [3, 1, 2, 5, 1, 4],
    }
)


def main() -> None:
    started = time.perf_counter()
    with LocalPlatform() as platform:
        print(f"Local platform at {platform.base_url}")
        ikigai = platform.client()

        app = ikigai.app.new("Walkthrough").description("The guide's walkthrough").build()
        print(f"\nCreated {app}")

        dataset = app.dataset.new("sales").df(SALES).build()
        print(f"\nUploaded {dataset.name!r}: {dataset.size} bytes, columns:")
        for column, kind in dataset.data_types.items():
            print(f"  {column}: {kind.data_type.value}")

        facet_types = ikigai.facet_types
        flow_definition = (
            ikigai.builder.facet(facet_type=facet_types.INPUT.Imported)
            .arguments(
                dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False
            )
            .facet(facet_type=facet_types.MID.COUNT)
            .arguments(output_column_name="count", sort=True, target_columns=["channel"])
            .facet(facet_type=facet_types.OUTPUT.EXPORTED)
            .arguments(dataset_name="sales by channel", file_type="csv", header=True)
            .build()
        )
        flow = app.flow.new(name="count sales").definition(flow_definition).build()
        print(f"\nCreated {flow}")

        run_log = flow.run()
        print(f"\nRan the flow: {run_log}")
        print(f"Status now: {flow.status()}")
        print(f"Latest run logs: {flow.run_logs()}")

        output = app.datasets()["sales by channel"].df()
        print("\nThe flow's output:")
        print(output.to_string(index=False))

        expected = SALES.groupby("channel").size()
        counted = output.set_index("channel")["count"]
        if not counted.sort_index().equals(expected.sort_index()):
            raise SystemExit(f"the flow counted {counted.to_dict()}, expected {expected.to_dict()}")
    print(f"\nWalkthrough finished in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
