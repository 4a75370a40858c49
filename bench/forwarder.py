"""The hand-written token route the benchmark compares the service with.

What the usual projects do (openai-realtime-console's `/token`, openai-realtime-agents'
`/api/session`): post a fixed session upstream with httpx and return the answer. No caller
authentication, no policy, no limits, no check of the upstream answer.
`python bench/forwarder.py PORT` serves it with uvicorn, with the settings `serve` uses.
"""

from __future__ import annotations

import os
import sys

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

SESSION = {"session": {"type": "realtime", "model": "gpt-realtime"}}
upstream = httpx.AsyncClient(
    base_url=os.environ["OPENAI_BASE_URL"],
    headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
    timeout=10,
)


async def token(request: Request) -> JSONResponse:
    answer = await upstream.post("/realtime/client_secrets", json=SESSION)
    return JSONResponse(answer.json(), status_code=answer.status_code)


app = Starlette(routes=[Route("/token", token, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), server_header=False)
