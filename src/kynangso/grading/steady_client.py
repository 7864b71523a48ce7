"""A kernel client that does not sleep through a message already waiting for it.

ZeroMQ tells an asyncio loop about new messages through an edge-triggered file descriptor, and now and then the
wake-up is lost (more often on a busy machine): ``await socket.poll(timeout)`` then returns only when its timeout
ends, although the reply arrived long before. nbclient waits for a cell's reply with the cell's whole timeout, so
one lost wake-up held a cell that had finished in a tenth of a second for the full two minutes, and then went on
as if nothing had happened. Here each wait is cut into short slices; every slice ends with a direct, synchronous
check of the socket, so a lost wake-up costs at most one slice. The overall timeout is unchanged.

Waiting for a new kernel to be ready ends as soon as it has answered and what it sent while starting has been
read (jupyter_client then waits a further 0.2 s for more, every time, and nbclient reads only the answers to
its own requests anyway); and a client tries again to reach a kernel that is not listening yet after 10 ms, not
ZeroMQ's 100 ms.
"""

from __future__ import annotations

import time
import typing as t
from queue import Empty

import zmq
import zmq.asyncio
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.channels import AsyncZMQSocketChannel
from jupyter_client.manager import AsyncKernelManager, KernelManager
from traitlets import DottedObjectName, Type

SLICE = 0.2  # seconds: the longest a message can wait unnoticed
RECONNECT_MS = 10  # how soon a client tries again to reach a kernel that is not listening yet
SETTLE = 0.01  # seconds: how long a kernel that has answered may stay silent before it counts as ready


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

    async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
        if not isinstance(self.parent, KernelManager):  # no process to watch: jupyter_client's heartbeat wait
            await super()._async_wait_for_ready(timeout=timeout)
            return
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                reply = None
            if reply is not None and reply["msg_type"] == "kernel_info_reply":
                try:  # the kernel's status message for that request shows that IOPub is connected too
                    await self.iopub_channel.get_msg(timeout=SLICE)
                except Empty:
                    pass
                else:
                    self._handle_kernel_info_reply(reply)
                    break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")
        while True:
            try:
                await self.iopub_channel.get_msg(timeout=SETTLE)
            except Empty:
                return

    wait_for_ready = _async_wait_for_ready  # the base class binds its own coroutine to this name

    def _context_default(self) -> zmq.asyncio.Context:
        self._created_context = True
        context = zmq.asyncio.Context()
        # The client connects as soon as the kernel process is started, usually before the kernel listens:
        # ZeroMQ then tries again after RECONNECT_IVL, 100 ms by default, which every new kernel waited for.
        context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)
        return context


class SteadyKernelManager(AsyncKernelManager):
    """An asyncio kernel manager whose clients are :class:`SteadyKernelClient`."""

    client_class = DottedObjectName("kynangso.grading.steady_client.SteadyKernelClient", config=True)
    client_factory = Type(default_value=SteadyKernelClient, klass=AsyncKernelClient, config=True)


__all__ = ["SETTLE", "SLICE", "SteadyChannel", "SteadyKernelClient", "SteadyKernelManager"]
