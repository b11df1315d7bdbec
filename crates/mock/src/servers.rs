//! Binding the mock's listeners (the board and API, and optionally the company site on a second
//! port) and serving both until shutdown. Kept out of `main.rs` so tests can run it on port 0.

use crate::company_site::{company_site_app, CompanySiteConfig};
use crate::config::MockConfig;
use std::future::{Future, IntoFuture};
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Listeners bound and not yet serving; their addresses are known, so the banner can be
/// printed before the first request is accepted.
#[derive(Debug)]
pub struct BoundServers {
    main: TcpListener,
    main_address: SocketAddr,
    site: Option<(TcpListener, SocketAddr)>,
}

impl BoundServers {
    /// Binds `host:port` and, when `site_port` is `Some`, `host:site_port` (0 picks free ports).
    pub async fn bind(host: &str, port: u16, site_port: Option<u16>) -> Result<Self, String> {
        let (main, main_address) = bind_one(host, port).await?;
        let site = match site_port {
            Some(site_port) => Some(bind_one(host, site_port).await?),
            None => None,
        };
        Ok(Self {
            main,
            main_address,
            site,
        })
    }

    /// Where the board and the API listen.
    pub fn main_address(&self) -> SocketAddr {
        self.main_address
    }

    /// Where the company site listens, if it was asked for.
    pub fn site_address(&self) -> Option<SocketAddr> {
        self.site.as_ref().map(|(_, address)| *address)
    }

    /// Serves `app(config)` and the company site (embedding from the main listener's origin)
    /// until `shutdown` resolves; both then finish their in-flight requests.
    pub async fn serve(
        self,
        config: MockConfig,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        // One signal, two servers: a watch channel lets each wait on its own receiver.
        let (stop, stopped) = watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop.send(true);
        });
        let main = axum::serve(self.main, crate::app(config))
            .with_graceful_shutdown(wait_for_stop(stopped.clone()))
            .into_future();
        let Some((site, _)) = self.site else {
            return main.await;
        };
        let site_app = company_site_app(CompanySiteConfig::for_widget_address(self.main_address));
        let site = axum::serve(site, site_app)
            .with_graceful_shutdown(wait_for_stop(stopped))
            .into_future();
        tokio::try_join!(main, site).map(|_| ())
    }
}

async fn bind_one(host: &str, port: u16) -> Result<(TcpListener, SocketAddr), String> {
    let listener = TcpListener::bind((host, port))
        .await
        .map_err(|error| format!("cannot bind {host}:{port}: {error}"))?;
    let address = listener
        .local_addr()
        .map_err(|error| format!("the listener on {host}:{port} has no local address: {error}"))?;
    Ok((listener, address))
}

/// Resolves once `stop` is sent, or when its sender is dropped (the runtime is shutting down).
async fn wait_for_stop(mut stopped: watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}
