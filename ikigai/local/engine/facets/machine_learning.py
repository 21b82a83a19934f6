"""The MACHINE_LEARNING facets: PREDICT, AI_CAST and TIME_SERIES_ANALYSIS.

All three look the model up by `model_name` and do what its model type does (see
`ikigai.local.engine.models`). PREDICT needs a version name (`version` or `model_version`): a
version that does not exist yet is trained and recorded; an existing one is reused. The
forecasting and change-point facets fit on the run's data every time and record a version when
one is named and does not exist yet.

The model modules (and scikit-learn) are imported on first use, so that starting the local
platform does not wait for them; the platform's engine has a thread import them once the process
is idle (`models.warmup`), and a facet that comes first imports them under the same lock.
"""

from __future__ import annotations

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.models import warmup
from ikigai.local.engine.models.settings import ModelSettings, resolve

SUPERVISED = {"linear", "decisiontrees", "nearestneighbors", "naivebayes", "svm"}
UNSUPERVISED = {"clustering", "dimensionalityreduction", "anomalydetection", "imputation"}


def _dispatch(call: FacetCall, settings: ModelSettings) -> str:
    warmup.ensure()
    from ikigai.local.engine.models import changepoints, forecasting, supervised, unsupervised

    table = call.input_table()
    family = settings.key[0]
    if family in SUPERVISED:
        return supervised.run(call, settings, table)
    if family in UNSUPERVISED:
        return unsupervised.run(call, settings, table)
    if family == "timeseries":
        return forecasting.run_time_series(call, settings, table)
    if family == "aicast":
        return forecasting.run_ai_cast(call, settings, table)
    if family == "changepointdetection":
        return changepoints.run(call, settings, table)
    what = f"{settings.model.model_type}/{settings.model.sub_model_type}"
    raise call.fail(f"model type {what} is not available on the local platform")


def predict(call: FacetCall) -> str:
    settings = resolve(call)
    if settings.version is None:
        raise call.fail("needs a version name (argument `version` or `model_version`)")
    return _dispatch(call, settings)


def ai_cast(call: FacetCall) -> str:
    return _dispatch(call, resolve(call))


def time_series_analysis(call: FacetCall) -> str:
    return _dispatch(call, resolve(call))
