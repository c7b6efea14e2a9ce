// A form with data-confirm asks first (no inline handlers: the inbox's Content-Security-Policy allows none).
document.addEventListener("submit", (event) => {
  const question = event.target.dataset && event.target.dataset.confirm;
  if (question && !confirm(question)) event.preventDefault();
});

// Live updates without reloading: poll a cheap mark every second; when it changes, fetch the page's live region again.
(() => {
  const live = document.querySelector("[data-live]");
  if (!live) return;
  let mark = live.dataset.mark;
  let busy = false;
  const stick = () => live.querySelectorAll(".transcript").forEach((t) => { t.scrollTop = t.scrollHeight; });
  stick();
  async function refresh() {
    if (busy) return;
    busy = true;
    try {
      const pulse = await fetch("/inbox/pulse", { cache: "no-store", credentials: "same-origin" });
      if (pulse.redirected) { location.reload(); return; }  // the session ended: the page goes to sign-in
      const now = (await pulse.json()).mark;
      if (now !== mark) {
        const part = await fetch(live.dataset.live, { cache: "no-store", credentials: "same-origin" });
        if (part.redirected) { location.reload(); return; }
        live.innerHTML = await part.text();
        live.dataset.mark = mark = now;
        stick();
      }
    } catch (err) {
      // the service is away for a moment: the next tick tries again
    } finally {
      busy = false;
    }
  }
  setInterval(refresh, 1000);
})();
