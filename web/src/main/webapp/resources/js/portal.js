/*
 * Proxy windows (代理設定). [ユーザ画面参照] opens a line's settings in a window of its own, named office050-proxy-*.
 * Such a window closes itself when the administrator window that opened it is closed or has left the administrator's
 * area (logged out: the page marks the area with a class), and when its own next request found the session ended
 * (it then shows a login page).
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
            var page = opener && !opener.closed ? opener.document.body : null;
            // no body yet: the opener is between two pages; look again at the next tick
            adminGone = !opener || opener.closed
                || (page !== null && !page.classList.contains('portal-administrator-area'));
        } catch (notSameOrigin) {
            adminGone = true;
        }
        if (adminGone) {
            window.close();
        }
    }, 1000);
})();
