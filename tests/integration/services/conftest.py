from tests.unit.services.conftest import (  # noqa: F401  (fixtures; temporary, until they move up)
    accounts,
    clock,
    mastodon,
    october,
    publisher,
    telegram,
    ws,
)
