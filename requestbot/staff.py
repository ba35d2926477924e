"""Staff mail: authenticate it, then act on it.

Interim handler (the full command set builds on this): authenticated mail
from a staff address is an internal note on the case it refers to, never sent
to the requester.
"""

from __future__ import annotations

from .authcheck import check_sender
from .cases import normalise_address
from .pipeline import Context, Disposition, Folder, Item, find_case_for_reply


def is_staff_address(ctx: Context, address: str) -> bool:
    return normalise_address(address) in {normalise_address(a) for a in ctx.cfg.staff.addresses}


def authenticated(ctx: Context, item: Item) -> bool:
    st = ctx.cfg.staff
    if st.authentication == "none":
        return st.insecure_trust_from
    verdict = check_sender(
        item.msg.auth_results,
        authserv_id=st.authserv_id,
        from_address=item.msg.from_addr,
        mode=st.authentication,
    )
    return verdict.ok


def handle(ctx: Context, item: Item) -> Disposition | None:
    if not is_staff_address(ctx, item.msg.from_addr) or not authenticated(ctx, item):
        return None
    case = find_case_for_reply(ctx, item.msg)
    if case is None:
        return None
    ctx.store.add_event(case.id, item.msg.from_addr, "note", item.msg.new_text[:2000], at=ctx.now())
    return Disposition("staff", "note", Folder.PROCESSED, case.id)
