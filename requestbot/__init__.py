"""requestbot: runs a company's GDPR rights-request mailbox."""

__version__ = "0.1.0"
