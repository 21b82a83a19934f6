"""Directories: what any directory has (`Directory`, a Protocol that every directory of the
client satisfies), and a directory as a dict."""

from ikigai.components._placement import DirectoryDict, DirectoryType, NamedDirectoryDict
from ikigai.components._placement import DirectoryProtocol as Directory

__all__ = ["Directory", "DirectoryDict", "DirectoryType", "NamedDirectoryDict"]
