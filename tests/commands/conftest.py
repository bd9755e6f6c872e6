from tests.plan_workspace import ws  # noqa: F401  (fixture)
