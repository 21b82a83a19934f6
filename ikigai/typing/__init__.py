"""The published client's `ikigai.typing`: the shapes of the client's objects, for annotations.

`NamedMapping` is the listing every `...()` call returns, `ComponentBrowser` the `ikigai.apps`,
`app.datasets`, ... objects; `Directory`, `DirectoryDict` and `NamedDirectoryDict` describe the
directories; `ModelType` anything that names a model type and a sub-model type; `Helpful`
anything with a `help()` text.
"""

from ikigai.typing.component_browser import ComponentBrowser
from ikigai.typing.helpful import Helpful
from ikigai.typing.named_mapping import Named, NamedMapping
from ikigai.typing.protocol import Directory, DirectoryDict, ModelType, NamedDirectoryDict

__all__ = [
    "ComponentBrowser",
    "Directory",
    "DirectoryDict",
    "Helpful",
    "ModelType",
    "Named",
    "NamedDirectoryDict",
    "NamedMapping",
]
