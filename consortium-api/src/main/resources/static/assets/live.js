// Keeps a page current without a reload: when the server reports a change of what the page shows, the page's
// live region is fetched again (from its data-source, else the page's own address) and swapped in, and screen
// readers hear that the page was updated.
(function () {
    'use strict';
    var region = document.querySelector('[data-live]');
    if (!region || !window.EventSource || !window.fetch) {
        return;
    }
    var refreshing = false;
    var again = false;

    function announce() {
        var status = document.getElementById('live-status');
        if (status) {
            status.textContent = status.getAttribute('data-updated') + ' '
                + new Date().toLocaleTimeString(document.documentElement.lang);
        }
    }

    function refresh() {
        if (refreshing) {
            again = true;
            return;
        }
        refreshing = true;
        var source = region.getAttribute('data-source') || window.location.href;
        fetch(source, {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                var fresh = html && new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live]');
                if (fresh) {
                    region.innerHTML = fresh.innerHTML;
                    region.setAttribute('data-refreshed', String(Date.now()));
                    announce();
                }
            })
            .catch(function () {
                // the next change tries again
            })
            .then(function () {
                refreshing = false;
                if (again) {
                    again = false;
                    refresh();
                }
            });
    }

    var changes = new EventSource(region.getAttribute('data-live'));
    changes.addEventListener('update', refresh);
    // says (to tests and styles) that the page follows its changes from now on
    changes.addEventListener('open', function () {
        region.setAttribute('data-following', 'true');
    });
}());
