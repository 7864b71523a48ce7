"""A reply whose wake-up was lost is still read at once, not when the wait's timeout ends."""

from __future__ import annotations

import asyncio
import time
from queue import Empty

import pytest
import zmq
import zmq.asyncio
from jupyter_client.channels import AsyncZMQSocketChannel
from jupyter_client.session import Session

from kynangso.grading.isolation.kernel import SandboxKernelManager
from kynangso.grading.steady_client import SteadyChannel, SteadyKernelClient

WAIT = 3.0


async def _reply_with_lost_wake_up(channel_class: type[AsyncZMQSocketChannel]) -> float:
    """Seconds a channel takes to return a reply that arrived while its wake-up was swallowed."""
    context = zmq.asyncio.Context()
    grader, kernel = context.socket(zmq.PAIR), context.socket(zmq.PAIR)
    try:
        grader.bind("tcp://127.0.0.1:0")
        kernel.connect(grader.last_endpoint)
        session = Session()
        channel = channel_class(grader, session)
        waiting = asyncio.ensure_future(channel.get_msg(timeout=WAIT))
        await asyncio.sleep(0.1)
        session.send(kernel, "execute_reply", {"status": "ok"})
        time.sleep(0.1)  # the reply arrives while the loop is busy; then reading the socket's state eats the edge
        zmq.Socket.shadow(grader.underlying).get(zmq.EVENTS)
        started = time.monotonic()
        reply = await waiting
        assert reply["msg_type"] == "execute_reply"
        return time.monotonic() - started
    finally:
        grader.close(linger=0)
        kernel.close(linger=0)
        context.term()


def test_a_lost_wake_up_costs_at_most_a_slice() -> None:
    assert asyncio.run(_reply_with_lost_wake_up(AsyncZMQSocketChannel)) > WAIT - 1  # the trouble is real
    assert asyncio.run(_reply_with_lost_wake_up(SteadyChannel)) < 1  # a slice (0.2 s), with room for a busy machine


def test_the_timeout_still_holds_when_nothing_comes() -> None:
    async def wait() -> float:
        context = zmq.asyncio.Context()
        socket = context.socket(zmq.PAIR)
        socket.bind("tcp://127.0.0.1:0")
        started = time.monotonic()
        try:
            with pytest.raises(Empty):
                await SteadyChannel(socket, Session()).get_msg(timeout=1.0)
            return time.monotonic() - started
        finally:
            socket.close(linger=0)
            context.term()

    assert 1.0 <= asyncio.run(wait()) < 2.0


def test_grading_kernels_get_the_steady_client() -> None:
    assert isinstance(SandboxKernelManager().client(), SteadyKernelClient)
