"""Typed constructors for the scikit-learn estimators behind each sub-model.

scikit-learn has no type information: its modules are `Any`-typed handles (see `libraries`), and
what the constructors return is narrowed to the small protocols below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pandas as pd

from ikigai.local.engine.libraries import submodules

sklearn = submodules("sklearn")


Array = npt.NDArray[Any]


class Estimator(Protocol):
    def fit(self, x: Any, y: Any = ...) -> Any: ...

    def predict(self, x: Any) -> Any: ...

    def get_params(self, deep: bool = ...) -> dict[str, Any]: ...


class Transformer(Protocol):
    def fit(self, x: Any, y: Any = ...) -> Any: ...

    def transform(self, x: Any) -> Any: ...


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


_AS: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(("max_depth", "random_state"), _optional_int),
    **dict.fromkeys(
        (
            *("min_samples_split", "min_samples_leaf", "n_estimators", "n_neighbors"),
            *("max_iter", "n_clusters", "n_components"),
        ),
        int,
    ),
    **dict.fromkeys(("C", "alpha", "tol", "var_smoothing"), float),
    **dict.fromkeys(("weights", "kernel", "gamma", "strategy"), str),
    "fit_intercept": bool,
}
"""How each hyperparameter a constructor takes is converted from what the definition holds."""


def _take(hyper: Mapping[str, Any], names: str) -> dict[str, Any]:
    """The hyperparameters `names` (separated by spaces), converted for scikit-learn."""
    return {name: _AS[name](hyper.get(name)) for name in names.split()}


Builder = Callable[[Mapping[str, Any]], Estimator]

_TREE = "max_depth min_samples_split min_samples_leaf random_state"
_FOREST = "n_estimators max_depth min_samples_leaf random_state"
_KNN = "n_neighbors weights"
_SVM = "C kernel gamma"
_PENALISED = "alpha fit_intercept"

REGRESSORS: dict[tuple[str, str], Builder] = {
    ("linear", "base"): lambda h: sklearn.linear_model.LinearRegression(
        **_take(h, "fit_intercept")
    ),
    ("linear", "lasso"): lambda h: sklearn.linear_model.Lasso(**_take(h, _PENALISED)),
    ("linear", "ridge"): lambda h: sklearn.linear_model.Ridge(**_take(h, _PENALISED)),
    ("decisiontrees", "base"): lambda h: sklearn.tree.DecisionTreeRegressor(**_take(h, _TREE)),
    ("decisiontrees", "randomforest"): lambda h: sklearn.ensemble.RandomForestRegressor(
        **_take(h, _FOREST)
    ),
    ("nearestneighbors", "knn"): lambda h: sklearn.neighbors.KNeighborsRegressor(**_take(h, _KNN)),
    ("svm", "base"): lambda h: sklearn.svm.SVR(**_take(h, _SVM)),
}

CLASSIFIERS: dict[tuple[str, str], Builder] = {
    ("linear", "base"): lambda h: sklearn.linear_model.LogisticRegression(
        **_take(h, "fit_intercept")
    ),
    ("linear", "logistic"): lambda h: sklearn.linear_model.LogisticRegression(
        **_take(h, "C fit_intercept max_iter tol"), class_weight=h.get("class_weight")
    ),
    ("decisiontrees", "base"): lambda h: sklearn.tree.DecisionTreeClassifier(**_take(h, _TREE)),
    ("decisiontrees", "randomforest"): lambda h: sklearn.ensemble.RandomForestClassifier(
        **_take(h, _FOREST)
    ),
    ("nearestneighbors", "knn"): lambda h: sklearn.neighbors.KNeighborsClassifier(**_take(h, _KNN)),
    ("naivebayes", "gaussian"): lambda h: sklearn.naive_bayes.GaussianNB(
        **_take(h, "var_smoothing")
    ),
    ("svm", "base"): lambda h: sklearn.svm.SVC(**_take(h, _SVM)),
}

SCALED = {("nearestneighbors", "knn"), ("svm", "base")}
"""Distance- and margin-based models get standardised numeric features."""


def supervised_pipeline(
    key: tuple[str, str],
    classification: bool,
    hyper: Mapping[str, Any],
    numeric: Sequence[str],
    categorical: Sequence[str],
) -> Estimator:
    """Preprocessing (numeric: median-imputed, scaled for SVM/KNN; text: one-hot) + model."""
    builders = CLASSIFIERS if classification else REGRESSORS
    numeric_steps: list[tuple[str, Any]] = [
        ("impute", sklearn.impute.SimpleImputer(strategy="median"))
    ]
    if key in SCALED:
        numeric_steps.append(("scale", sklearn.preprocessing.StandardScaler()))
    text_steps = [
        ("impute", sklearn.impute.SimpleImputer(strategy="most_frequent")),
        (
            "encode",
            sklearn.preprocessing.OneHotEncoder(handle_unknown="ignore", sparse_output=False),
        ),
    ]
    prepare = sklearn.compose.ColumnTransformer(
        [
            ("num", sklearn.pipeline.Pipeline(numeric_steps), list(numeric)),
            ("cat", sklearn.pipeline.Pipeline(text_steps), list(categorical)),
        ],
        verbose_feature_names_out=False,
    )
    estimator: Estimator = sklearn.pipeline.Pipeline(
        [("prepare", prepare), ("model", builders[key](hyper))]
    )
    return estimator


def kmeans(hyper: Mapping[str, Any]) -> Estimator:
    model: Estimator = sklearn.cluster.KMeans(
        **_take(hyper, "n_clusters max_iter random_state"), n_init="auto"
    )
    return model


def pca(hyper: Mapping[str, Any]) -> Transformer:
    model: Transformer = sklearn.decomposition.PCA(**_take(hyper, "n_components"))
    return model


def isolation_forest(hyper: Mapping[str, Any]) -> Estimator:
    contamination = hyper.get("contamination")
    model: Estimator = sklearn.ensemble.IsolationForest(
        **_take(hyper, "n_estimators random_state"),
        contamination="auto" if contamination is None else float(contamination),
    )
    return model


def imputer(sub_model: str, hyper: Mapping[str, Any]) -> Transformer:
    model: Transformer
    if sub_model == "knn":
        model = sklearn.impute.KNNImputer(**_take(hyper, _KNN))
    else:
        fill = hyper.get("fill_value")
        model = sklearn.impute.SimpleImputer(**_take(hyper, "strategy"), fill_value=fill)
    return model


def median_imputer() -> Transformer:
    model: Transformer = sklearn.impute.SimpleImputer(strategy="median")
    return model


def as_array(values: Any, dtype: Any = None) -> Array:
    """An sklearn result as a typed numpy array."""
    return np.asarray(values, dtype=dtype)


def as_frame(values: Any, columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(np.asarray(values), columns=list(columns))
