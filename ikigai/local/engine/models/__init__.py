"""The models behind the ML facets, one module per family of model types.

`supervised` (Linear, Decision Trees, Nearest Neighbors, Naive Bayes, Svm), `unsupervised`
(Clustering, Dimensionality Reduction, Anomaly Detection, Imputation), `forecasting` with
`forecast` (Time Series, Ai Cast) and `changepoints` (Change Point Detection). `estimators` holds
the typed scikit-learn constructors, `settings` the resolution of a facet's model, parameters,
hyperparameters and versions.
"""
