// Kelas room page: talks to the room socket (docs/room-entry.md) and keeps the page in step.
// Every piece of text from the server or other people goes in with textContent, never as HTML.
(() => {
  'use strict';

  const room = document.getElementById('room');
  if (!room) {
    return;
  }

  const byId = (id) => document.getElementById(id);
  const texts = JSON.parse(byId('room-texts').textContent);
  const persian = document.documentElement.lang === 'fa';
  const ticket = room.dataset.ticket;
  const socketUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + room.dataset.socket;

  const ui = {
    elapsed: byId('elapsed'),
    elapsedBox: byId('elapsed').parentElement,
    connection: byId('connection'),
    connectionText: byId('connection').querySelector('.connection-text'),
    endSession: byId('end-session'),
    warning: byId('warning'),
    lobby: byId('lobby'),
    lobbyMessage: byId('lobby').querySelector('.lobby-message'),
    notice: byId('notice'),
    noticeTitle: byId('notice').querySelector('.notice-title'),
    noticeMessage: byId('notice').querySelector('.notice-message'),
    retry: byId('notice').querySelector('.retry'),
    participants: byId('participants'),
    peopleCount: byId('people-count'),
    log: byId('chat-log'),
    chatError: byId('chat-error'),
    chatNew: byId('chat-new'),
    form: byId('chat-form'),
    input: byId('chat-input'),
    send: byId('chat-send'),
    meNickname: room.querySelector('.me-nickname'),
    meRole: room.querySelector('.me-role'),
    dialog: byId('confirm'),
    dialogText: byId('confirm-text'),
    dialogOk: byId('confirm-ok'),
  };

  let socket = null;
  let final = false;         // closed or refused: never reconnect
  let attempt = 0;           // failed connections in a row, for the backoff
  let retryTimer = 0;
  let pingTimer = 0;
  let tickTimer = 0;
  let chatErrorTimer = 0;
  let me = null;             // the welcome frame
  let people = [];
  let clock = null;          // { base: elapsed seconds when the roster came, at: performance.now() then }
  let skew = 0;              // client clock − server clock, in seconds
  let pendingConfirm = null;
  let unread = 0;            // chat lines that came while the tab was hidden, shown in the title
  const baseTitle = document.title;
  const myConnections = new Set();
  const seenMessages = new Set();

  // Numbers and times

  const digits = (value) => persian ? String(value).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]) : String(value);
  const pad = (n) => String(n).padStart(2, '0');

  /** Server times are Unix seconds; milliseconds and ISO strings are taken too. */
  const toSeconds = (value) => {
    if (typeof value === 'string') {
      const number = Number(value);
      if (value.trim() === '' || Number.isNaN(number)) {
        const parsed = Date.parse(value);
        return Number.isNaN(parsed) ? NaN : parsed / 1000;
      }
      value = number;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return NaN;
    }
    return value > 1e11 ? value / 1000 : value;
  };

  const noteServerNow = (now) => {
    const seconds = toSeconds(now);
    if (!Number.isNaN(seconds)) {
      skew = Date.now() / 1000 - seconds;
    }
  };

  const formatDuration = (total) => {
    const s = Math.max(0, Math.floor(total));
    return digits(pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60));
  };

  const formatClock = (time) => {
    const seconds = toSeconds(time);
    if (Number.isNaN(seconds)) {
      return '';
    }
    const date = new Date((seconds + skew) * 1000);
    return digits(pad(date.getHours()) + ':' + pad(date.getMinutes()));
  };

  const tick = () => {
    clearTimeout(tickTimer);
    if (!clock) {
      ui.elapsed.textContent = '--:--:--';
      return;
    }
    ui.elapsedBox.hidden = false;
    const elapsed = clock.base + (performance.now() - clock.at) / 1000;
    ui.elapsed.textContent = formatDuration(elapsed);
    if (!final) {
      tickTimer = setTimeout(tick, 1000 - (elapsed % 1) * 1000 + 20);
    }
  };

  // Page state

  const setState = (state) => { room.dataset.state = state; };

  const setStatus = (status, text) => {
    ui.connection.dataset.status = status;
    ui.connectionText.textContent = text;
  };

  const setChatEnabled = (enabled) => {
    ui.input.disabled = !enabled;
    ui.send.disabled = !enabled;
  };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  };

  const roleName = (person) => person.guest
    ? texts.guest
    : texts.roles[Math.min(Math.max(Number(person.access) || 1, 1), texts.roles.length) - 1];

  /** A name inside a sentence of the page's language, isolated (FSI … PDI) so its own direction cannot reorder the sentence. */
  const format = (template, value) => template.replace('{0}', () => '\u2068' + value + '\u2069');

  // Participants

  const hue = (name) => {
    let hash = 0;
    for (const ch of String(name)) {
      hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    }
    return hash % 8;
  };

  const initial = (name) => {
    const first = Array.from(String(name).trim())[0];
    return first ? first.toLocaleUpperCase() : '?';
  };

  const rank = (person) => person.guest ? 0 : Number(person.access) || 1;

  const renderPeople = () => {
    const collator = new Intl.Collator(persian ? 'fa' : 'en');
    const isSelf = (person) => me !== null && String(person.connection) === String(me.connection);
    const sorted = people.slice().sort((a, b) =>
      isSelf(b) - isSelf(a) || rank(b) - rank(a) || collator.compare(String(a.nickname), String(b.nickname)));
    const items = sorted.map((person) => {
      const self = isSelf(person);
      const li = el('li', self ? 'self' : '');
      li.dataset.connection = String(person.connection);

      const avatar = el('span', 'avatar hue-' + hue(person.nickname), initial(person.nickname));
      avatar.setAttribute('aria-hidden', 'true');

      const who = el('span', 'who');
      const nickname = el('span', 'nickname', String(person.nickname));
      nickname.dir = 'auto';
      who.append(nickname);
      if (self) {
        who.append(el('span', 'you', '(' + texts.you + ')'));
      }

      const role = el('span', person.guest ? 'role guest' : 'role', roleName(person));
      role.dataset.access = String(person.access);
      li.append(avatar, who, role);

      if (me && me.operator && !self) {
        const remove = el('button', 'button danger-outline remove', texts.remove);
        remove.type = 'button';
        remove.setAttribute('aria-label', texts.remove + ': \u2068' + person.nickname + '\u2069');
        remove.disabled = room.dataset.state !== 'inside';
        remove.addEventListener('click', () => confirmThen(
          format(texts.confirmRemove, person.nickname), texts.confirmRemoveOk,
          () => send({ type: 'remove', connection: person.connection })));
        li.append(remove);
      }
      return li;
    });
    ui.participants.replaceChildren(...items);
    ui.peopleCount.textContent = people.length ? digits(people.length) : '';
  };

  // Chat

  const nearBottom = () => ui.log.scrollHeight - ui.log.scrollTop - ui.log.clientHeight < 48;
  const scrollToBottom = () => {
    ui.log.scrollTop = ui.log.scrollHeight;
    ui.chatNew.hidden = true;
  };

  const messageItem = (message) => {
    const mine = myConnections.has(String(message.connection));
    const li = el('li', mine ? 'message mine' : 'message');
    if (message.id !== undefined && message.id !== null) {
      li.dataset.id = String(message.id);
    }
    const meta = el('div', 'meta');
    const nickname = el('span', 'nickname', String(message.nickname ?? ''));
    nickname.dir = 'auto';
    const time = el('time', 'time', formatClock(message.time));
    const seconds = toSeconds(message.time);
    if (!Number.isNaN(seconds)) {
      time.dateTime = new Date(seconds * 1000).toISOString();
    }
    meta.append(nickname, time);
    const text = el('p', 'text', String(message.text ?? ''));
    text.dir = 'auto';
    li.append(meta, text);
    return li;
  };

  const isNew = (message) => {
    if (message.id === undefined || message.id === null) {
      return true;
    }
    const key = String(message.id);
    if (seenMessages.has(key)) {
      return false;
    }
    seenMessages.add(key);
    return true;
  };

  const addMessage = (message) => {
    if (!isNew(message)) {
      return;
    }
    const mine = myConnections.has(String(message.connection));
    const follow = nearBottom() || mine;
    ui.log.append(messageItem(message));
    if (document.hidden && !mine) {
      unread += 1;
      document.title = '(' + digits(unread) + ') ' + baseTitle;
    }
    if (follow) {
      scrollToBottom();
    } else {
      ui.chatNew.hidden = false;
    }
  };

  /** The history replaces the log: after a reconnect it is sent again. */
  const setHistory = (messages) => {
    seenMessages.clear();
    ui.log.replaceChildren(...(Array.isArray(messages) ? messages : []).filter(isNew).map(messageItem));
    scrollToBottom();
  };

  const showChatError = (message) => {
    clearTimeout(chatErrorTimer);
    ui.chatError.textContent = String(message ?? '');
    ui.chatError.hidden = !message;
    chatErrorTimer = setTimeout(() => { ui.chatError.hidden = true; }, 6000);
  };

  // Confirmations

  const confirmThen = (message, okLabel, action) => {
    if (typeof ui.dialog.showModal !== 'function') {
      if (window.confirm(message)) {
        action();
      }
      return;
    }
    ui.dialogText.textContent = message;
    ui.dialogOk.textContent = okLabel;
    ui.dialog.returnValue = '';
    pendingConfirm = action;
    ui.dialog.showModal();
  };

  ui.dialog.addEventListener('close', () => {
    const action = pendingConfirm;
    pendingConfirm = null;
    if (ui.dialog.returnValue === 'ok' && action) {
      action();
    }
  });

  // The socket

  const send = (frame) => {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return false;
    }
    socket.send(JSON.stringify(frame));
    return true;
  };

  const stopTimers = () => {
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    retryTimer = 0;
    pingTimer = 0;
  };

  const finish = (frame) => {
    final = true;
    stopTimers();
    tick();
    clearTimeout(tickTimer);
    if (ui.dialog.open) {
      pendingConfirm = null;
      ui.dialog.close();
    }
    ui.noticeTitle.textContent = String(frame.title ?? '');
    ui.noticeMessage.textContent = String(frame.message ?? '');
    ui.notice.dataset.reason = String(frame.reason ?? '');
    ui.notice.hidden = false;
    ui.retry.hidden = frame.type !== 'refused';
    ui.lobby.hidden = true;
    ui.endSession.hidden = true;
    setChatEnabled(false);
    setState('closed');
    setStatus('closed', texts.disconnected);
  };

  const handlers = {
    welcome(frame) {
      me = frame;
      attempt = 0;
      myConnections.add(String(frame.connection));
      noteServerNow(frame.now);
      ui.meNickname.textContent = String(frame.nickname ?? ui.meNickname.textContent);
      ui.meRole.textContent = roleName(frame);
      ui.lobby.hidden = true;
      ui.endSession.hidden = !frame.operator;
      setState('inside');
      setStatus('connected', texts.connected);
      setChatEnabled(true);
      renderPeople();
    },
    lobby(frame) {
      attempt = 0;
      if (frame.message) {
        ui.lobbyMessage.textContent = String(frame.message);
      }
      ui.lobby.hidden = false;
      setChatEnabled(false);
      setState('lobby');
      setStatus('waiting', texts.waiting);
    },
    roster(frame) {
      people = Array.isArray(frame.people) ? frame.people : [];
      const now = toSeconds(frame.now);
      const start = frame.session ? toSeconds(frame.session.start_time) : NaN;
      clock = Number.isNaN(now) || Number.isNaN(start) ? null : { base: Math.max(0, now - start), at: performance.now() };
      noteServerNow(frame.now);
      tick();
      renderPeople();
    },
    history(frame) { setHistory(frame.messages); },
    chat(frame) { addMessage(frame); },
    warning(frame) {
      ui.warning.textContent = String(frame.message ?? '');
      ui.warning.hidden = !frame.message;
    },
    closed: finish,
    refused: finish,
    error(frame) { showChatError(frame.message); },
    pong(frame) { noteServerNow(frame.now); },
  };

  const connect = () => {
    retryTimer = 0;
    if (final) {
      return;
    }
    setState('connecting');
    setStatus(attempt > 0 ? 'reconnecting' : 'connecting', attempt > 0 ? texts.reconnecting : texts.connecting);
    setChatEnabled(false);

    let current;
    try {
      current = new WebSocket(socketUrl);
    } catch {
      retryLater();
      return;
    }
    socket = current;
    current.addEventListener('open', () => {
      current.send(JSON.stringify({ type: 'hello', ticket }));
      clearInterval(pingTimer);
      pingTimer = setInterval(() => send({ type: 'ping' }), 25000);
    });
    current.addEventListener('message', (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (frame && typeof frame.type === 'string' && Object.hasOwn(handlers, frame.type) && !final) {
        handlers[frame.type](frame);
      }
    });
    current.addEventListener('close', () => {
      if (socket !== current) {
        return;
      }
      socket = null;
      clearInterval(pingTimer);
      if (!final) {
        retryLater();
      }
    });
  };

  /** Backoff: 1 s, 2 s, 4 s … at most 15 s; a welcome or a lobby frame starts it over. */
  function retryLater() {
    const delay = Math.min(15000, 1000 * 2 ** attempt);
    attempt += 1;
    setState('connecting');
    setStatus('reconnecting', texts.reconnecting);
    setChatEnabled(false);
    renderPeople();
    ui.chatNew.hidden = true;
    retryTimer = setTimeout(connect, delay);
  }

  // Controls

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.input.value.trim();
    if (!text) {
      return;
    }
    if (send({ type: 'chat', text })) {
      ui.input.value = '';
      ui.chatError.hidden = true;
    }
    ui.input.focus();
  });

  ui.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.isComposing) {
      event.preventDefault();
    }
  });

  ui.log.addEventListener('scroll', () => {
    if (!ui.chatNew.hidden && nearBottom()) {
      ui.chatNew.hidden = true;
    }
  }, { passive: true });
  ui.chatNew.addEventListener('click', scrollToBottom);

  ui.endSession.addEventListener('click', () => confirmThen(texts.confirmEnd, texts.confirmEndOk, () => send({ type: 'end' })));
  ui.retry.addEventListener('click', () => location.reload());

  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && unread) {
      unread = 0;
      document.title = baseTitle;
    }
  });

  // Back online: try now rather than at the end of the backoff.
  window.addEventListener('online', () => {
    if (retryTimer && !final) {
      clearTimeout(retryTimer);
      connect();
    }
  });

  connect();
})();
