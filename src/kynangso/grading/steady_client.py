"""A kernel client that does not sleep through a message already waiting for it.

ZeroMQ tells an asyncio loop about new messages through an edge-triggered file descriptor, and now and then the
wake-up is lost (more often on a busy machine): ``await socket.poll(timeout)`` then returns only when its timeout
ends, although the reply arrived long before. nbclient waits for a cell's reply with the cell's whole timeout, so
one lost wake-up held a cell that had finished in a tenth of a second for the full two minutes, and then went on
as if nothing had happened. Here each wait is cut into short slices; every slice ends with a direct, synchronous
check of the socket, so a lost wake-up costs at most one slice. The overall timeout is unchanged.
"""

from __future__ import annotations

import time
import typing as t
from queue import Empty

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.channels import AsyncZMQSocketChannel
from jupyter_client.manager import AsyncKernelManager
from traitlets import DottedObjectName, Type

SLICE = 0.2  # seconds: the longest a message can wait unnoticed


class SteadyChannel(AsyncZMQSocketChannel):
    async def get_msg(self, timeout: float | None = None) -> dict[str, t.Any]:  # type: ignore[override]
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = SLICE if deadline is None else min(SLICE, max(0.0, deadline - time.monotonic()))
            try:
                return await super().get_msg(timeout=left)
            except Empty:
                if deadline is not None and time.monotonic() >= deadline:
                    raise


class SteadyKernelClient(AsyncKernelClient):
    shell_channel_class = Type(SteadyChannel)
    iopub_channel_class = Type(SteadyChannel)
    stdin_channel_class = Type(SteadyChannel)
    control_channel_class = Type(SteadyChannel)


class SteadyKernelManager(AsyncKernelManager):
    """An asyncio kernel manager whose clients are :class:`SteadyKernelClient`."""

    client_class = DottedObjectName("kynangso.grading.steady_client.SteadyKernelClient", config=True)
    client_factory = Type(default_value=SteadyKernelClient, klass=AsyncKernelClient, config=True)


__all__ = ["SLICE", "SteadyChannel", "SteadyKernelClient", "SteadyKernelManager"]
