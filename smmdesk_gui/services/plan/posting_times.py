"""Each account's weekly posting times (the queue), read and replaced as plain slots."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.slots import WeeklySlot
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.store.models import Account, TimeSlot


@dataclass(frozen=True)
class AccountSlots:
    account_id: int
    platform: str
    handle: str
    slots: tuple[WeeklySlot, ...]

    def text(self) -> str:
        """``"Tue 12:30, Thu 12:30, Sat 10:00"``: the form the owner edits."""
        return ", ".join(s.label() for s in self.slots)


def list_posting_times(session: Session) -> list[AccountSlots]:
    out = []
    for account in session.scalars(select(Account).order_by(Account.platform, Account.handle)):
        slots = sorted(WeeklySlot(s.weekday, s.minute_of_day) for s in account.time_slots)
        out.append(AccountSlots(account.id, account.platform, account.handle, tuple(slots)))
    return out


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
        except ValueError as exc:
            raise PlanError(f"{exc}. Write posting times like “Tue 12:30, Sat 10:00”.") from None
        if slot not in slots:
            slots.append(slot)
    return sorted(slots)


def set_posting_times(session: Session, account_id: int, slots: Iterable[WeeklySlot]) -> None:
    """Replace an account's posting times."""
    if session.get(Account, account_id) is None:
        raise PlanError("This account was removed meanwhile.")
    session.execute(delete(TimeSlot).where(TimeSlot.account_id == account_id))
    for slot in sorted(set(slots)):
        session.add(
            TimeSlot(account_id=account_id, weekday=slot.weekday, minute_of_day=slot.minute_of_day)
        )
    session.flush()
