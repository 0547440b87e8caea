// Relative times ("4 hours ago") computed in the browser, so cached pages stay right; the absolute time stays in the title.
(function () {
  function rel(ms) {
    var m = Math.floor(ms / 60000);
    if (m < 1) return "just now";
    if (m < 60) return m + (m === 1 ? " minute ago" : " minutes ago");
    var h = Math.floor(m / 60);
    if (h < 24) return h + (h === 1 ? " hour ago" : " hours ago");
    var d = Math.floor(h / 24);
    return d < 8 ? d + (d === 1 ? " day ago" : " days ago") : null;
  }
  function update() {
    var now = Date.now();
    document.querySelectorAll("time[data-relative]").forEach(function (t) {
      if (!t.dataset.absolute) t.dataset.absolute = t.textContent;
      var r = rel(now - Date.parse(t.getAttribute("datetime")));
      t.textContent = r || t.dataset.absolute;
      t.title = t.dataset.absolute;
    });
  }
  document.addEventListener("DOMContentLoaded", function () { update(); setInterval(update, 60000); });
})();

// One view of an article page for "Most read" (stats.ViewBeacon): its number only, no cookie sent or set.
// Counted from the page so that pages from the page cache or a CDN count too; a prerendered page waits until shown.
(function () {
  var article = document.querySelector("article[data-article-id]");
  if (!article) return;
  var url = "/stats/view/" + article.getAttribute("data-article-id");
  function send() {
    if (window.fetch) fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(function () {});
    else if (navigator.sendBeacon) navigator.sendBeacon(url);
  }
  if (document.prerendering) document.addEventListener("prerenderingchange", send, { once: true });
  else send();
})();

// The reader's name in the header and the Save buttons' state, filled in after load: cached pages carry
// nothing personal. /account/identity answers from the signed identity cookie alone; "renew" means the
// browser has a session but its short-lived identity expired, so one POST renews it from the session.
// Save buttons post without a reload; without this script they are plain forms that return to the page.
(function () {
  if (!window.fetch) return;
  var json = { credentials: "same-origin", headers: { Accept: "application/json" } };
  function post(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin", headers: { Accept: "application/json" }, body: body });
  }
  function identity() {
    return fetch("/account/identity", json).then(function (r) { return r.json(); }).then(function (who) {
      return who.renew ? post("/account/identity").then(function (r) { return r.json(); }) : who;
    });
  }
  function showReader(who) {
    var link = document.querySelector("[data-reader-link]");
    if (!link) return;
    if (who.signedIn) {
      link.textContent = who.name || "Your account";
      link.href = "/account";
    } else if (!/^\/account/.test(location.pathname)) {
      link.href = "/account/sign-in?next=" + encodeURIComponent(location.pathname + location.search);
    }
  }
  function mark(form, saved) {
    var button = form.querySelector(".save-button");
    button.value = saved ? "remove" : "save";
    button.setAttribute("aria-pressed", saved ? "true" : "false");
    button.querySelector(".save-label").textContent = saved ? "Saved" : "Save";
  }
  function showSaved(forms) {
    var ids = forms.map(function (f) { return f.getAttribute("data-save"); });
    fetch("/saved/state.json?ids=" + ids.join(","), json).then(function (r) { return r.json(); }).then(function (state) {
      forms.forEach(function (f) { mark(f, state.saved.indexOf(Number(f.getAttribute("data-save"))) >= 0); });
    });
  }
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.matches || !form.matches("form[data-save]")) return;
    e.preventDefault();
    var button = form.querySelector(".save-button");
    var body = new URLSearchParams(new FormData(form));
    body.set("action", button.value);
    post(form.getAttribute("action"), body).then(function (r) { // not form.action: the button named "action" shadows it
      return r.json().then(function (answer) {
        if (r.status === 401 && answer.signIn) location.href = answer.signIn;
        else if (r.ok) mark(form, answer.saved);
      });
    }).catch(function () {});
  });
  document.addEventListener("DOMContentLoaded", function () {
    identity().then(function (who) {
      showReader(who);
      document.dispatchEvent(new CustomEvent("masthead:reader", { detail: who })); // for the newsletter box below
      // the paywall asked this browser to sign in because its identity had expired; it has just been renewed (or the
      // session was over and the cookies cleared), so the server now knows who reads: ask again (once a minute at most)
      var once = location.pathname + "@" + Math.floor(Date.now() / 60000);
      if (document.querySelector("[data-wall=sign-in]") && window.sessionStorage
          && sessionStorage.getItem("masthead-renewed") !== once) {
        sessionStorage.setItem("masthead-renewed", once);
        location.reload();
        return;
      }
      var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-save]"));
      if (who.signedIn && forms.length) showSaved(forms);
    }).catch(function () {});
  });
})();

// Newsletters. The article box signs up in place; for a signed-in reader it becomes a one-click Subscribe button,
// its state fetched after load (cached pages carry nothing personal). Subscribe/Unsubscribe buttons on the account
// and manage pages switch without a reload. Without this script every form posts and answers with a page.
(function () {
  if (!window.fetch) return;
  function post(form, body) {
    return fetch(form.getAttribute("action"), { method: "POST", credentials: "same-origin",
      headers: { Accept: "application/json" }, body: body });
  }
  function show(form, on) {
    var button = form.querySelector("button[data-labels]");
    var labels = button.getAttribute("data-labels").split("|");
    button.value = on ? "false" : "true";
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.querySelector("[data-label]").textContent = on ? labels[1] : labels[0];
    var state = form.closest(".newsletter-item") && form.closest(".newsletter-item").querySelector("[data-newsletter-state]");
    if (state) {
      state.textContent = on ? "Subscribed" : "Not subscribed";
      state.className = "state " + (on ? "on" : "off");
    }
  }
  function say(form, text, error) {
    var where = form.closest("[data-newsletter-box]") || form.closest(".newsletter-item") || form;
    var p = where.querySelector("[data-newsletter-answer]");
    if (!p) {
      p = document.createElement("p");
      p.setAttribute("data-newsletter-answer", "");
      p.setAttribute("role", "status");
      where.appendChild(p);
    }
    p.className = "newsletter-answer" + (error ? " error" : "");
    p.textContent = text;
    p.hidden = !text;
  }
  function toggle(form) {
    var button = form.querySelector("button[data-labels]");
    var body = new URLSearchParams(new FormData(form));
    body.set("subscribe", button.value);
    post(form, body).then(function (r) {
      if (!/json/.test(r.headers.get("Content-Type") || "")) { // the session ended: sign in, then come back
        location.href = "/account/sign-in?next=" + encodeURIComponent(location.pathname);
        return;
      }
      return r.json().then(function (a) {
        if (!r.ok) return say(form, a.error, true);
        show(form, a.subscribed);
        if (form.closest("[data-newsletter-box]")) {
          say(form, a.subscribed ? "You are subscribed. Press again to unsubscribe." : "You are unsubscribed.");
        }
      });
    }).catch(function () {});
  }
  function signUp(form) {
    var error = form.querySelector("[data-newsletter-error]");
    var input = form.querySelector("input[name=email]");
    post(form, new URLSearchParams(new FormData(form))).then(function (r) {
      return r.json().then(function (a) {
        if (r.ok) {
          form.hidden = true;
          say(form, a.message);
          return;
        }
        error.textContent = a.error;
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", error.id);
        input.focus();
      });
    }).catch(function () { form.submit(); });
  }
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.matches) return;
    if (form.matches("form[data-newsletter-toggle]")) {
      e.preventDefault();
      toggle(form);
    } else if (form.matches("form[data-newsletter-signup]")) {
      e.preventDefault();
      signUp(form);
    }
  });
  document.addEventListener("masthead:reader", function (e) {
    var box = document.querySelector("[data-newsletter-box]");
    if (!box || !e.detail.signedIn) return;
    fetch("/newsletters/state.json?list=" + box.getAttribute("data-newsletter-box"),
      { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); }).then(function (state) {
        if (!state.signedIn) return;
        var one = box.querySelector("form[data-newsletter-toggle]");
        box.querySelector("form[data-newsletter-signup]").hidden = true;
        show(one, state.subscribed);
        one.hidden = false;
      }).catch(function () {});
  });
})();
