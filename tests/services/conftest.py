from tests.stats_workspace import october  # noqa: F401  (fixture)
