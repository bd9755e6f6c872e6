"""Each account's weekly posting times (the queue), read and replaced as plain slots.

Public functions take the ``Store`` and open their own session; the ``_...(session, ...)`` helpers
are for the plan's other use cases that read slots inside their own unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import SlotError, WeeklySlot
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, TimeSlot

DEFAULT_POST_TIME = dt.time(10, 0)
# what a posting time's part gets wrong (``SlotError.what``) -> its problem code's ending
SLOT_CODES = {"slot": "unreadable", "weekday": "weekday", "time": "time"}


@dataclass(frozen=True)
class AccountSlots:
    account_id: int
    platform: str
    handle: str
    slots: tuple[WeeklySlot, ...]

    def text(self) -> str:
        """``"Tue 12:30, Thu 12:30, Sat 10:00"``: the form the owner edits."""
        return ", ".join(s.label() for s in self.slots)


def list_posting_times(store: Store) -> list[AccountSlots]:
    """Every account with its posting times, by platform and handle."""
    out = []
    with store.session_scope() as session:
        for account in session.scalars(select(Account).order_by(Account.platform, Account.handle)):
            slots = sorted(WeeklySlot(s.weekday, s.minute_of_day) for s in account.time_slots)
            out.append(AccountSlots(account.id, account.platform, account.handle, tuple(slots)))
    return out


def slots_of(store: Store, account_id: int) -> list[WeeklySlot]:
    """One account's weekly posting times."""
    with store.session_scope() as session:
        return _slots_of(session, account_id)


def _slots_of(session: Session, account_id: int) -> list[WeeklySlot]:
    stmt = select(TimeSlot).where(TimeSlot.account_id == account_id)
    return [WeeklySlot(s.weekday, s.minute_of_day) for s in session.scalars(stmt)]


def default_time_on(store: Store, account_ids: Sequence[int], day: dt.date) -> dt.time:
    """The time an idea dropped on ``day`` gets: the earliest slot that day, else 10:00."""
    with store.session_scope() as session:
        return _default_time_on(session, account_ids, day)


def _default_time_on(session: Session, account_ids: Sequence[int], day: dt.date) -> dt.time:
    minutes = [
        s.minute_of_day
        for aid in account_ids
        for s in _slots_of(session, aid)
        if s.weekday == day.weekday()
    ]
    if not minutes:
        return DEFAULT_POST_TIME
    m = min(minutes)
    return dt.time(m // 60, m % 60)


def parse_slots(text: str) -> list[WeeklySlot]:
    """``"Tue 12:30, Thu 12:30; Sat 10:00"`` -> slots (commas, semicolons or new lines).

    Raises:
        PlanError: naming the part that can't be read.
    """
    slots: list[WeeklySlot] = []
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        if not part.strip():
            continue
        try:
            slot = WeeklySlot.parse(part)
        except SlotError as exc:
            raise PlanError(Problem(f"plan_slot_{SLOT_CODES[exc.what]}", value=exc.value)) from None
        if slot not in slots:
            slots.append(slot)
    return sorted(slots)


def set_posting_times(store: Store, slots: Mapping[int, Iterable[WeeklySlot]]) -> None:
    """Replace the posting times of the accounts in ``slots`` (account id -> its times), all in
    one transaction.

    Raises:
        PlanError: an account was removed meanwhile; nothing was changed.
    """
    with store.session_scope() as session:
        for account_id, account_slots in slots.items():
            if session.get(Account, account_id) is None:
                raise PlanError(Problem("plan_account_removed"))
            session.execute(delete(TimeSlot).where(TimeSlot.account_id == account_id))
            for slot in sorted(set(account_slots)):
                session.add(
                    TimeSlot(
                        account_id=account_id,
                        weekday=slot.weekday,
                        minute_of_day=slot.minute_of_day,
                    )
                )
            session.flush()
