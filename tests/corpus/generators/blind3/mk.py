"""Tiny helper shared by the messages_*.py files."""


def m(lang, kinds, note, sender, subject, body, fmt="plain", extra=None, automated=False, **kw):
    d = dict(lang=lang, kinds=[k for k in kinds.split("+") if k], note=note,
             sender=sender, subject=subject, body=body, fmt=fmt,
             extra=extra or [], automated=automated)
    d.update(kw)
    return d
