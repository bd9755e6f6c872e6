from tests.fakes.plan_workspace import ws  # noqa: F401  (fixture)
