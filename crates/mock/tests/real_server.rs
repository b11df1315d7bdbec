//! End-to-end checks over real sockets: bind port 0, raw HTTP/1.1 GET, read the answer.

use std::net::SocketAddr;
use std::time::Duration;
use teamtailor_mock::{app, BoundServers, MockConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// `GET path` on `address` with `Connection: close`, split into head and body.
async fn raw_get(address: SocketAddr, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).await.expect("read");
    let (head, body) = raw.split_once("\r\n\r\n").expect("head and body");
    (head.to_owned(), body.to_owned())
}

#[tokio::test]
async fn server_on_a_free_port_answers_raw_http() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let address = listener.local_addr().expect("local address");
    let server = tokio::spawn(async move {
        axum::serve(listener, app(MockConfig::default()))
            .await
            .expect("serve");
    });

    let (head, body) = raw_get(
        address,
        "/v1/jobs/7101?api_key=demo-public-key&api_version=20240904",
    )
    .await;
    server.abort();

    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert!(
        head.contains("content-type: application/vnd.api+json"),
        "{head}"
    );
    let document: serde_json::Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(
        document["data"]["links"]["self"],
        format!("http://{address}/v1/jobs/7101")
    );
}

#[tokio::test]
async fn site_port_serves_the_company_site_embedding_the_main_listeners_origin() {
    let servers = BoundServers::bind("127.0.0.1", 0, Some(0))
        .await
        .expect("bind both");
    let main = servers.main_address();
    let site = servers.site_address().expect("a site listener");
    assert_ne!(main.port(), site.port());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let config = MockConfig {
        dist: "/nonexistent/teamtailor-mock-dist".into(),
        ..MockConfig::default()
    };
    let server = tokio::spawn(servers.serve(config, async {
        let _ = stopped.await;
    }));

    let (head, body) = raw_get(site, "/").await;
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert!(body.contains(&format!(
        "<script src=\"http://{main}/embed.js\" defer data-api-key=\"demo-public-key\" \
         data-api-base=\"http://{main}\" data-target=\"#careers\"></script>"
    )));
    let (head, body) = raw_get(main, "/healthz").await;
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(body, "ok");

    stop.send(()).expect("server still running");
    let finished = tokio::time::timeout(Duration::from_secs(5), server).await;
    assert!(
        matches!(finished, Ok(Ok(Ok(())))),
        "graceful stop: {finished:?}"
    );
}

#[tokio::test]
async fn without_a_site_port_only_the_main_listener_is_bound() {
    let servers = BoundServers::bind("127.0.0.1", 0, None)
        .await
        .expect("bind");
    assert_eq!(servers.site_address(), None);
}
