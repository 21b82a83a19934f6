"""The shapes of directories and of model types."""

from ikigai.typing.protocol.directory import Directory, DirectoryDict, NamedDirectoryDict
from ikigai.typing.protocol.model import ModelType

__all__ = ["Directory", "DirectoryDict", "ModelType", "NamedDirectoryDict"]
