/*
 * Proxy windows (代理設定). [ユーザ画面参照] opens a line's settings in a window of its own, named office050-proxy-*.
 * Such a window closes itself when the administrator window that opened it is closed or has logged out, and when
 * its own next request found the session ended (it then shows a login page).
 */
(function () {
    'use strict';
    var PREFIX = 'office050-proxy-';

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a.portal-proxy-link');
        if (link) {
            event.preventDefault();
            var proxy = window.open(link.href, link.target);
            if (proxy) {
                proxy.focus();
            }
        }
    });

    if (window.name.indexOf(PREFIX) !== 0) {
        return;
    }
    if (document.body.classList.contains('portal-login-page')) {
        window.close();
        return;
    }
    window.setInterval(function () {
        var opener = window.opener;
        var adminGone;
        try {
            adminGone = !opener || opener.closed || opener.location.pathname.indexOf('/admin/') < 0;
        } catch (notSameOrigin) {
            adminGone = true;
        }
        if (adminGone) {
            window.close();
        }
    }, 1000);
})();
