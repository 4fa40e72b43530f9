//! Minimal Hyper 0.14 app for the conformance runs (scripts/lib/servers.sh: start_hyper).
//! Every request's body is read to the end (Hyper frames it: Content-Length or chunked) before
//! the answer, whatever the method:
//!   GET, HEAD      200 with the fixed body "hello\n" (HEAD: header section only, by Hyper)
//!   POST, PUT      200 with "ok\n"
//!   OPTIONS        204 with Allow
//!   DELETE         200 with "deleted\n"
//!   anything else  405 with Allow
//! Parsing and error answers are Hyper's own (HTTP/1 only).
//! Usage: hyper-app PORT

use std::convert::Infallible;
use std::net::SocketAddr;

use hyper::service::{make_service_fn, service_fn};
use hyper::{Body, Method, Request, Response, Server, StatusCode};

const ALLOW: &str = "GET, HEAD, POST, PUT, OPTIONS, DELETE";

fn answer(status: StatusCode, body: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert("content-type", "text/plain".parse().unwrap());
    response
}

async fn handle(request: Request<Body>) -> Result<Response<Body>, Infallible> {
    let (parts, body) = request.into_parts();
    if hyper::body::to_bytes(body).await.is_err() {
        // Hyper has judged the framing already; a body that cannot be read ends the exchange.
        return Ok(answer(StatusCode::BAD_REQUEST, "bad body\n"));
    }
    let response = match parts.method {
        Method::GET | Method::HEAD => answer(StatusCode::OK, "hello\n"),
        Method::POST | Method::PUT => answer(StatusCode::OK, "ok\n"),
        Method::OPTIONS => {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NO_CONTENT;
            response.headers_mut().insert("allow", ALLOW.parse().unwrap());
            response
        }
        Method::DELETE => answer(StatusCode::OK, "deleted\n"),
        _ => {
            let mut response = answer(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
            response.headers_mut().insert("allow", ALLOW.parse().unwrap());
            response
        }
    };
    Ok(response)
}

fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("usage: hyper-app PORT");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async move {
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let make = make_service_fn(|_| async { Ok::<_, Infallible>(service_fn(handle)) });
        if let Err(error) = Server::bind(&address).http1_only(true).serve(make).await {
            eprintln!("hyper-app: {error}");
            std::process::exit(1);
        }
    });
}
