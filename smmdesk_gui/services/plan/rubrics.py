"""Rubrics: kinds of post (product, useful tips, behind the scenes...) and their target shares.

Public functions take the ``Store`` and open their own session; the CSV import creates rubrics
inside its own transaction through the ``_...(session, ...)`` helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Rubric

COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class RubricInfo:
    id: int
    name: str
    colour: str
    target_share: float
    description: str
    position: int


def _info(r: Rubric) -> RubricInfo:
    return RubricInfo(r.id, r.name, r.colour, r.target_share, r.description, r.position)


def list_rubrics(store: Store) -> list[RubricInfo]:
    """Every rubric, in its position order."""
    with store.session_scope() as session:
        rubrics = session.scalars(select(Rubric).order_by(Rubric.position, Rubric.name))
        return [_info(r) for r in rubrics]


def _validate(session: Session, name: str, colour: str, share: float, own_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise PlanError(Problem("plan_rubric_no_name"))
    if len(name) > 128:
        raise PlanError(Problem("plan_rubric_name_too_long", limit=128))
    if not COLOUR_RE.fullmatch(colour):
        raise PlanError(Problem("plan_rubric_bad_colour", colour=colour))
    if not 0.0 <= share <= 1.0:
        raise PlanError(Problem("plan_rubric_bad_share"))
    clash = _find_rubric(session, name)
    if clash is not None and clash.id == own_id:
        clash = None
    if clash is not None:
        raise PlanError(Problem("plan_rubric_exists", name=clash.name))
    others = session.scalar(
        select(func.coalesce(func.sum(Rubric.target_share), 0.0)).where(Rubric.id != (own_id or -1))
    )
    if float(others or 0.0) + share > 1.0 + 1e-9:
        free = max(0.0, 1.0 - float(others or 0.0))
        raise PlanError(Problem("plan_rubric_shares_over", free=free))
    return name


def create_rubric(
    store: Store,
    name: str,
    colour: str = "#888888",
    target_share: float = 0.0,
    description: str = "",
) -> RubricInfo:
    """A new rubric, last in the order.

    Raises:
        PlanError: no name, a name taken, not a colour, or shares adding up to more than 100%.
    """
    with store.session_scope() as session:
        return _create_rubric(session, name, colour, target_share, description)


def _create_rubric(
    session: Session, name: str, colour: str, target_share: float = 0.0, description: str = ""
) -> RubricInfo:
    clean = _validate(session, name, colour, target_share, None)
    position = (session.scalar(select(func.max(Rubric.position))) or 0) + 1
    rubric = Rubric(
        name=clean,
        colour=colour.lower(),
        target_share=target_share,
        description=description,
        position=position,
    )
    session.add(rubric)
    session.flush()
    return _info(rubric)


def update_rubric(
    store: Store,
    rubric_id: int,
    *,
    name: str | None = None,
    colour: str | None = None,
    target_share: float | None = None,
    description: str | None = None,
) -> RubricInfo:
    """Change what is given of a rubric (validated like a new one)."""
    with store.session_scope() as session:
        rubric = session.get(Rubric, rubric_id)
        if rubric is None:
            raise PlanError(Problem("plan_rubric_deleted"))
        new_name = rubric.name if name is None else name
        new_colour = rubric.colour if colour is None else colour
        new_share = rubric.target_share if target_share is None else target_share
        rubric.name = _validate(session, new_name, new_colour, new_share, rubric.id)
        rubric.colour = new_colour.lower()
        rubric.target_share = new_share
        if description is not None:
            rubric.description = description
        session.flush()
        return _info(rubric)


def delete_rubric(store: Store, rubric_id: int) -> None:
    """Delete a rubric; its posts keep existing without a rubric."""
    with store.session_scope() as session:
        rubric = session.get(Rubric, rubric_id)
        if rubric is not None:
            session.delete(rubric)
            session.flush()


def _find_rubric(session: Session, name: str) -> Rubric | None:
    """Case-insensitive lookup by name (Python casefold: SQLite's lower() is ASCII-only)."""
    wanted = name.strip().casefold()
    for rubric in session.scalars(select(Rubric)):
        if rubric.name.casefold() == wanted:
            return rubric
    return None
