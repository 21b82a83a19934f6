"""Moving dataset contents through presigned URLs, and the CSV they travel as.

This package sits below the components: it knows the transport (`ikigai._transport`) and the
generated API, and takes what a component's session would give it as a `Channel`.

Its private modules:

* `_upload`: part URLs, the parts PUT (`_parts`), completion, verification, the log check;
* `_download`: waiting until a file is ready, then reading it as it arrives, resumed when the
  connection drops;
* `_payload`: the bytes an upload sends (memory, a file, a table encoded to a temporary file);
* `_tables`: the tables users give (pandas, pyarrow, polars), converted once per upload;
* `_csv_write` and `_csv_read`: CSV written and read as pandas writes and reads it (or read by
  pandas itself, with the caller's `read_csv` options);
* `_encoding`: users' CSV files in other text encodings, checked and made UTF-8;
* `_channel`: what a transfer takes from the client that starts it.
"""

from typing import TYPE_CHECKING

from ikigai._lazy import lazy_attributes

if TYPE_CHECKING:
    from ikigai.transfer._channel import Channel
    from ikigai.transfer._csv_read import check_read_csv_options, decode_csv, to_pandas
    from ikigai.transfer._csv_write import encode_csv
    from ikigai.transfer._download import download_frame, download_table, download_to
    from ikigai.transfer._encoding import check_text_encoding
    from ikigai.transfer._parts import split_parts
    from ikigai.transfer._payload import Payload, encoded, file_payload, utf8_file
    from ikigai.transfer._tables import check_data, empty_table
    from ikigai.transfer._upload import upload

__all__ = [
    "Channel",
    "Payload",
    "check_data",
    "check_read_csv_options",
    "check_text_encoding",
    "decode_csv",
    "download_frame",
    "download_table",
    "download_to",
    "empty_table",
    "encode_csv",
    "encoded",
    "file_payload",
    "split_parts",
    "to_pandas",
    "upload",
    "utf8_file",
]

# Imported on first use: pandas and pyarrow load with the first transfer, not with the client.
__getattr__ = lazy_attributes(
    __name__,
    {
        "Channel": "._channel",
        "Payload": "._payload",
        "check_data": "._tables",
        "check_read_csv_options": "._csv_read",
        "check_text_encoding": "._encoding",
        "decode_csv": "._csv_read",
        "download_frame": "._download",
        "download_table": "._download",
        "download_to": "._download",
        "empty_table": "._tables",
        "encode_csv": "._csv_write",
        "encoded": "._payload",
        "file_payload": "._payload",
        "split_parts": "._parts",
        "to_pandas": "._csv_read",
        "upload": "._upload",
        "utf8_file": "._payload",
    },
)
