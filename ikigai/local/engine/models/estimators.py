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

from ikigai.local.engine.libraries import library

cluster = library("sklearn.cluster")
compose = library("sklearn.compose")
decomposition = library("sklearn.decomposition")
ensemble = library("sklearn.ensemble")
impute = library("sklearn.impute")
linear_model = library("sklearn.linear_model")
naive_bayes = library("sklearn.naive_bayes")
neighbors = library("sklearn.neighbors")
pipeline = library("sklearn.pipeline")
preprocessing = library("sklearn.preprocessing")
svm = library("sklearn.svm")
tree = library("sklearn.tree")

Array = npt.NDArray[Any]


class Estimator(Protocol):
    def fit(self, x: Any, y: Any = ...) -> Any: ...

    def predict(self, x: Any) -> Any: ...

    def get_params(self, deep: bool = ...) -> dict[str, Any]: ...


class Transformer(Protocol):
    def fit(self, x: Any, y: Any = ...) -> Any: ...

    def transform(self, x: Any) -> Any: ...


def _number(hyper: Mapping[str, Any], name: str) -> float:
    return float(hyper[name])


def _whole(hyper: Mapping[str, Any], name: str) -> int | None:
    value = hyper.get(name)
    return int(value) if value is not None else None


def _int(hyper: Mapping[str, Any], name: str) -> int:
    return int(hyper[name])


Builder = Callable[[Mapping[str, Any]], Estimator]


def _tree(h: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "max_depth": _whole(h, "max_depth"),
        "min_samples_split": _int(h, "min_samples_split"),
        "min_samples_leaf": _int(h, "min_samples_leaf"),
        "random_state": _whole(h, "random_state"),
    }


def _forest(h: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "n_estimators": _int(h, "n_estimators"),
        "max_depth": _whole(h, "max_depth"),
        "min_samples_leaf": _int(h, "min_samples_leaf"),
        "random_state": _whole(h, "random_state"),
    }


def _knn(h: Mapping[str, Any]) -> dict[str, Any]:
    return {"n_neighbors": _int(h, "n_neighbors"), "weights": str(h["weights"])}


def _svm(h: Mapping[str, Any]) -> dict[str, Any]:
    return {"C": _number(h, "C"), "kernel": str(h["kernel"]), "gamma": str(h["gamma"])}


def _penalised(h: Mapping[str, Any]) -> dict[str, Any]:
    return {"alpha": _number(h, "alpha"), "fit_intercept": bool(h["fit_intercept"])}


REGRESSORS: dict[tuple[str, str], Builder] = {
    ("linear", "base"): lambda h: linear_model.LinearRegression(
        fit_intercept=bool(h["fit_intercept"])
    ),
    ("linear", "lasso"): lambda h: linear_model.Lasso(**_penalised(h)),
    ("linear", "ridge"): lambda h: linear_model.Ridge(**_penalised(h)),
    ("decisiontrees", "base"): lambda h: tree.DecisionTreeRegressor(**_tree(h)),
    ("decisiontrees", "randomforest"): lambda h: ensemble.RandomForestRegressor(**_forest(h)),
    ("nearestneighbors", "knn"): lambda h: neighbors.KNeighborsRegressor(**_knn(h)),
    ("svm", "base"): lambda h: svm.SVR(**_svm(h)),
}

CLASSIFIERS: dict[tuple[str, str], Builder] = {
    ("linear", "base"): lambda h: linear_model.LogisticRegression(
        fit_intercept=bool(h["fit_intercept"])
    ),
    ("linear", "logistic"): lambda h: linear_model.LogisticRegression(
        C=_number(h, "C"),
        fit_intercept=bool(h["fit_intercept"]),
        max_iter=_int(h, "max_iter"),
        tol=_number(h, "tol"),
        class_weight=h.get("class_weight"),
    ),
    ("decisiontrees", "base"): lambda h: tree.DecisionTreeClassifier(**_tree(h)),
    ("decisiontrees", "randomforest"): lambda h: ensemble.RandomForestClassifier(**_forest(h)),
    ("nearestneighbors", "knn"): lambda h: neighbors.KNeighborsClassifier(**_knn(h)),
    ("naivebayes", "gaussian"): lambda h: naive_bayes.GaussianNB(
        var_smoothing=_number(h, "var_smoothing")
    ),
    ("svm", "base"): lambda h: svm.SVC(**_svm(h)),
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
    numeric_steps: list[tuple[str, Any]] = [("impute", impute.SimpleImputer(strategy="median"))]
    if key in SCALED:
        numeric_steps.append(("scale", preprocessing.StandardScaler()))
    text_steps = [
        ("impute", impute.SimpleImputer(strategy="most_frequent")),
        ("encode", preprocessing.OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ]
    prepare = compose.ColumnTransformer(
        [
            ("num", pipeline.Pipeline(numeric_steps), list(numeric)),
            ("cat", pipeline.Pipeline(text_steps), list(categorical)),
        ],
        verbose_feature_names_out=False,
    )
    estimator: Estimator = pipeline.Pipeline(
        [("prepare", prepare), ("model", builders[key](hyper))]
    )
    return estimator


def kmeans(hyper: Mapping[str, Any]) -> Estimator:
    model: Estimator = cluster.KMeans(
        n_clusters=_int(hyper, "n_clusters"),
        max_iter=_int(hyper, "max_iter"),
        random_state=_whole(hyper, "random_state"),
        n_init="auto",
    )
    return model


def pca(hyper: Mapping[str, Any]) -> Transformer:
    model: Transformer = decomposition.PCA(n_components=_int(hyper, "n_components"))
    return model


def isolation_forest(hyper: Mapping[str, Any]) -> Estimator:
    contamination = hyper.get("contamination")
    model: Estimator = ensemble.IsolationForest(
        n_estimators=_int(hyper, "n_estimators"),
        contamination="auto" if contamination is None else float(contamination),
        random_state=_whole(hyper, "random_state"),
    )
    return model


def imputer(sub_model: str, hyper: Mapping[str, Any]) -> Transformer:
    model: Transformer
    if sub_model == "knn":
        model = impute.KNNImputer(
            n_neighbors=_int(hyper, "n_neighbors"), weights=str(hyper["weights"])
        )
    else:
        fill = hyper.get("fill_value")
        model = impute.SimpleImputer(strategy=str(hyper["strategy"]), fill_value=fill)
    return model


def median_imputer() -> Transformer:
    model: Transformer = impute.SimpleImputer(strategy="median")
    return model


def as_array(values: Any, dtype: Any = None) -> Array:
    """An sklearn result as a typed numpy array."""
    return np.asarray(values, dtype=dtype)


def as_frame(values: Any, columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(np.asarray(values), columns=list(columns))
