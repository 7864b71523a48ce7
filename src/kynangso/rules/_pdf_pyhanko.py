"""pyHanko's part of :mod:`kynangso.rules.pdf_signature`: PAdES signing and checking, offline, with the test CA.

Imported at the first signature or check (pyHanko takes about a second to load), never when a lesson or an
exercise only builds its widgets. pyHanko's synchronous calls run their own event loop, which a notebook's kernel
forbids; its coroutines run here on a loop of their own in a worker thread. Nothing is fetched: no OCSP, CRL or
timestamp server (``allow_fetching=False``, revocation "soft-fail").
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_signer import PdfSigner, PdfSigningSession
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import ExpiredError, NotYetValidError, PathBuildingError, PathValidationError
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kynangso.data.pdf_test_ca import Holder

FIELD = "ChuKySo"
_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
T = TypeVar("T")
# What certificate_status finds (the public module words it).
TRUSTED, EXPIRED, NOT_YET, UNTRUSTED = "trusted", "expired", "not-yet", "untrusted"
UNREADABLE = (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError)  # a damaged or foreign file


class Refused(Exception):
    """pyHanko would not sign: ``untrusted`` (no path to the test CA) or ``unreadable`` (not a PDF)."""


@dataclass(frozen=True)
class Found:
    """What the file's first signature holds, before the certificate is judged."""

    certificate: x509.Certificate
    signed_at: datetime | None
    intact: bool


@contextmanager
def _quiet() -> Iterator[None]:
    """pyHanko logs a failed check with a traceback; the learner sees the panel instead."""
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)  # their child loggers (NOTSET) follow
    try:
        yield
    finally:
        for logger, level in zip(loggers, before, strict=True):
            logger.setLevel(level)


def _run(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    with _quiet(), ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _context(trust_root: x509.Certificate, at: datetime) -> ValidationContext:
    return ValidationContext(trust_roots=[_asn1(trust_root)], allow_fetching=False, moment=at,
                             revocation_mode="soft-fail")


class _SignerAt(PdfSigner):
    """pyHanko's signer with the moment of signing fixed (a simulation does not read the computer's clock)."""

    def __init__(self, *args: object, at: datetime, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.at = at

    def init_signing_session(self, pdf_out: BasePdfFileWriter,
                             existing_fields_only: bool = False) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self.at
        return session


def sign(document: bytes, holder: Holder, trust_root: x509.Certificate, at: datetime, reason: str,
         verify: bool) -> bytes:
    """``document`` signed (PAdES, SHA-256); with ``verify``, pyHanko first checks the certificate path at ``at``."""
    key_der = holder.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    signer = signers.SimpleSigner(signing_cert=_asn1(holder.certificate),
                                  signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
                                  cert_registry=SimpleCertificateStore.from_certs([_asn1(trust_root)]))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256", reason=reason,
                                        subfilter=fields.SigSeedSubFilter.PADES, name=holder.name,
                                        location=holder.unit,
                                        validation_context=_context(trust_root, at) if verify else None)
    out = io.BytesIO()
    pdf_signer = _SignerAt(meta, signer=signer, at=at)
    try:
        _run(lambda: pdf_signer.async_sign_pdf(IncrementalPdfFileWriter(io.BytesIO(document)), output=out))
    except SigningError:
        raise Refused(UNTRUSTED) from None
    except UNREADABLE:
        raise Refused("unreadable") from None
    return out.getvalue()


def certificate_status(certificate: x509.Certificate, trust_root: x509.Certificate, at: datetime) -> str:
    """:data:`TRUSTED`, :data:`EXPIRED`, :data:`NOT_YET` or :data:`UNTRUSTED` for ``certificate`` at ``at``."""
    validator = CertificateValidator(_asn1(certificate), validation_context=_context(trust_root, at))
    try:
        _run(lambda: validator.async_validate_usage(set()))
    except ExpiredError:
        return EXPIRED
    except NotYetValidError:
        return NOT_YET
    except (PathBuildingError, PathValidationError):
        return UNTRUSTED
    return TRUSTED


async def _read(data: bytes, trust_root: x509.Certificate, at: datetime) -> Found | None:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if not reader.embedded_signatures:
        return None
    status = await async_validate_pdf_signature(reader.embedded_signatures[0],
                                                signer_validation_context=_context(trust_root, at))
    return Found(x509.load_der_x509_certificate(status.signing_cert.dump()), status.signer_reported_dt,
                 bool(status.intact and status.valid))


def read_signature(data: bytes, trust_root: x509.Certificate, at: datetime) -> Found | None:
    """The first signature of ``data`` (``None``: no signature); a file that cannot be read raises ``ValueError``."""
    try:
        return _run(lambda: _read(data, trust_root, at))
    except UNREADABLE as problem:
        raise ValueError(str(problem)) from None
