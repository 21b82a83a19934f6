"""One handler per operation of the spec, grouped by resource; importing this package
registers them all in `registry.HANDLERS`."""

# Imported for their registrations (`x as x` tells linters and type checkers that is meant).
from ikigai.local.handlers import catalog as catalog
from ikigai.local.handlers import custom_facets as custom_facets
from ikigai.local.handlers import dataset_transfer as dataset_transfer
from ikigai.local.handlers import datasets as datasets
from ikigai.local.handlers import directories as directories
from ikigai.local.handlers import health as health
from ikigai.local.handlers import models as models
from ikigai.local.handlers import pipeline_runs as pipeline_runs
from ikigai.local.handlers import pipelines as pipelines
from ikigai.local.handlers import project_access as project_access
from ikigai.local.handlers import projects as projects
from ikigai.local.handlers import search as search
from ikigai.local.handlers.registry import HANDLERS, Call

__all__ = ["HANDLERS", "Call"]
