// Registers the offline service worker (built by src/after-render/service-worker.ts)
// once the page has loaded, so the first visit's precaching does not compete with the page's own files.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => navigator.serviceWorker.register('/sw.js').catch(() => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
