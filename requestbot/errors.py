"""One exception tree for requestbot.

RequestbotError
├── ConfigError        a config file or key is wrong (carries file and key)
│   └── MailboxFolderError  a configured IMAP folder does not exist and cannot be created
├── StoreError         the case store cannot be opened, parsed or written
│   └── StoreLockedError   another process holds the store
├── CaseError          an operation on a case is not allowed (e.g. a transition)
├── MailboxError       the IMAP/Maildir edge failed (network, login, protocol)
├── DeliveryError      an outgoing message could not be handed to SMTP
│   ├── TemporaryDeliveryError   4xx or connection trouble: retry later
│   └── PermanentDeliveryError   5xx: do not retry, tell staff
├── TemplateError      a template is missing or failed to render
└── SpoolError         the on-disk spool could not store or recover a message
"""

from __future__ import annotations


class RequestbotError(Exception):
    """Base class of every error requestbot raises on purpose."""


class ConfigError(RequestbotError):
    def __init__(self, message: str, *, file: str | None = None, key: str | None = None) -> None:
        self.file = file
        self.key = key
        where = []
        if file:
            where.append(str(file))
        if key:
            where.append(f"key '{key}'")
        prefix = ": ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class MailboxFolderError(ConfigError):
    """A configured IMAP folder cannot be used: the server refuses to create it.

    A configuration problem, not a connection one: reconnecting will not help.
    """


class StoreError(RequestbotError):
    pass


class StoreLockedError(StoreError):
    pass


class CaseError(RequestbotError):
    pass


class MailboxError(RequestbotError):
    pass


class DeliveryError(RequestbotError):
    def __init__(self, message: str, *, code: int | None = None) -> None:
        self.code = code
        super().__init__(message)


class TemporaryDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    pass


class TemplateError(RequestbotError):
    pass


class SpoolError(RequestbotError):
    pass
