"""A learner's Jupyter server on the hub: ``jupyterhub-singleuser`` without the IRI grammar it never uses.

Jupyter's event system validates its schemas with jsonschema, which, when the optional ``rfc3987-syntax`` package is
installed (it comes with ``jupyter-events``), builds a full grammar of internationalised web addresses at start-up:
about 17 MB more per server and seconds of processor time on an old laptop, for a format ("iri") that no schema
of Jupyter's or the kit's uses. Every learner has a server of their own, so the hub starts them through this module:
importing the kit puts the lazy stand-in of :mod:`kynangso.lazy_iri` in place first, so the grammar is built only
if an address is ever checked; everything else is ``jupyterhub.singleuser`` unchanged.
Run as ``python -m kynangso.delivery.hub.singleuser``.
"""

from __future__ import annotations

import sys


def main() -> None:
    from jupyterhub.singleuser import main as singleuser

    sys.exit(singleuser())


if __name__ == "__main__":
    main()
