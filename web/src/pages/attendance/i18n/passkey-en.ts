import type { PasskeyDictionary } from './passkey-id';

export const passkeyEn: PasskeyDictionary = {
  title: 'Passkey',
  notLinked:
    'Passkeys for check-in can only be registered from an account linked to an employee record. If you are also an employee, ask the BKD admin to link this account to your personnel record.',
  why: {
    title: 'Why a passkey?',
    lead: 'A passkey makes sure that you check in yourself, with your phone’s fingerprint, face or PIN.',
    points: [
      'There is no new password to remember. You unlock your phone as usual.',
      'Your fingerprint and face stay on your phone. They are never sent to Pamong or to the BKD.',
      'Register it once on the phone you check in with. After that, each check-in takes one extra touch.',
      'With a passkey, nobody can check in on your behalf, even with your phone or your password.',
    ],
  },
  policy: {
    off: 'Your local government does not ask for a passkey at check-in for now. You can still register one now.',
    optional:
      'Passkeys are not mandatory in your local government. Once you register one, every check-in is confirmed with it.',
    required: 'Your local government requires a passkey to check in. Without one, you cannot check in.',
  },
  list: {
    title: 'Your passkeys',
    empty: 'You have no passkey yet.',
    added: (when) => `Added ${when}`,
    lastUsed: (when) => `Last used ${when}`,
    neverUsed: 'Not used for a check-in yet',
    synced: 'Synced to a cloud account',
    syncedNote:
      'A passkey synced to a cloud account (a Google account or iCloud, for instance) is allowed, but its check-ins are marked, since a cloud account can be opened on other devices.',
    remove: 'Remove',
    removeQuestion: (name) => `Remove the passkey ${name}? This device can no longer be used to check in.`,
    removeQuestionLast: (name) =>
      `Remove the passkey ${name}? It is your last one: you cannot check in until you register a new passkey.`,
    removed: (name) => `Passkey ${name} removed.`,
    notFound: 'This passkey no longer exists. The list has been reloaded.',
  },
  add: {
    title: 'Add a passkey on this device',
    titleMore: 'A passkey for another device',
    more: 'One passkey on the phone you check in with is enough. For a new or spare phone, open this page on that phone and register from there.',
    openMore: 'Add a passkey on this device',
    intro:
      'Do this on the phone you check in with. The phone asks for your fingerprint, face or PIN, as when you unlock its screen.',
    name: 'Device name',
    nameHint: 'So that you recognise this device in the list, e.g. Samsung A15 phone.',
    submit: 'Register a passkey',
    waiting: 'Follow the prompt: touch the fingerprint sensor, scan your face or enter the phone’s PIN…',
    done: (name) =>
      `Passkey ${name} registered. From now on, check-ins are confirmed with this phone’s fingerprint, face or PIN.`,
    toCheckIn: 'Go to check-in',
    limit: (n) =>
      `You already have ${n} passkeys, the most allowed. Remove one you no longer use to add a new one.`,
  },
  devices: {
    iphone: 'iPhone',
    ipad: 'iPad',
    androidPhone: 'Android phone',
    androidTablet: 'Android tablet',
    phoneOf: (brand) => `${brand} phone`,
    laptopOf: (system) => `${system} laptop`,
    laptop: 'Laptop',
    other: 'My device',
  },
  browser: {
    cancelled:
      'Registration cancelled; nothing changed. Press “Register a passkey” again when you are ready.',
    unsupported:
      'This browser does not support passkeys yet. Open Pamong in an up-to-date Chrome, Safari, Edge or Samsung Internet.',
    insecure:
      'Passkeys only work at Pamong’s official address. Open Pamong from the address the BKD admin gave you, then try again.',
    already: 'This device already holds your Pamong passkey. See the list of passkeys above.',
    noLock:
      'This phone has no screen lock. Turn on a fingerprint, face or PIN in the phone’s Settings, then try again.',
    failed:
      'The phone could not create a passkey right now. Try once more; if it still fails, try another browser.',
  },
  errors: {
    expired: 'The registration timed out. Press “Register a passkey” again.',
    limit: 'You already have 5 passkeys. Remove one you no longer use, then try again.',
    duplicate: 'This passkey is already registered. See the list of passkeys above.',
    unverified:
      'The passkey from this device could not be checked. Try once more; if it still fails, contact the BKD admin.',
    name: 'Enter a device name of at most 60 characters.',
  },
  admins:
    'To reset an employee’s passkeys (when their phone is lost, for instance), open the employee’s profile under Personnel.',
  adminsLink: 'Open the employee list',
  checkIn: {
    note: 'Check-in is confirmed with your passkey: your phone’s fingerprint, face or PIN.',
    confirming: 'Confirm with your phone’s fingerprint, face or PIN…',
    waiting: 'Waiting for passkey…',
    confirmed: 'Confirmed with a passkey',
    manage: 'Manage passkeys',
    required: {
      title: 'Register a passkey first to check in',
      body: 'Your local government requires a passkey to check in, and you have none yet. Register one on this phone, once, in less than a minute, then come back here to check in.',
      link: 'Register a passkey',
    },
    cancelled:
      'The passkey confirmation was cancelled, so nothing was sent. Press the check-in button again when you are ready.',
    cancelledHint:
      'If your passkey is registered on another phone, check in from that phone, or add a passkey for this device on the Passkey page.',
    unsupported:
      'This browser does not support passkeys, but your check-in must be confirmed with one. Open Pamong in the browser of the phone your passkey is registered on.',
    insecure:
      'Passkeys cannot be used at this address. Open Pamong from the official address the BKD admin gave you, then check in again.',
    noLock:
      'This phone has no screen lock, so the passkey cannot be used. Turn on a screen lock, then try again.',
    failed: 'The phone could not use the passkey right now. Try once more.',
    expired: 'The passkey confirmation expired. Press the check-in button again.',
    usedElsewhere: 'This passkey was just used for another check-in. Wait a moment, then try again.',
    needed: 'Your check-in must be confirmed with a passkey. Press the check-in button once more.',
    notRegistered: 'Your passkey is no longer registered. Reload the page, then try again.',
    unverified:
      'The passkey could not be checked. Make sure you use your own Pamong passkey, then try again.',
  },
  reset: {
    title: 'Check-in passkeys',
    intro:
      'Reset when the employee’s phone is lost or replaced, or their passkey is shared with a colleague. Every passkey of this employee is removed; the employee then registers a new one from their phone.',
    open: 'Reset passkeys',
    reason: 'Reason',
    reasonHint: 'Kept in the audit log. For example: phone lost, reported on 7 December.',
    submit: 'Reset now',
    cancel: 'Cancel',
    busy: 'Resetting…',
    done: (count, name) =>
      `${count} passkey(s) of ${name} removed. ${name} can register a new passkey on Attendance → Passkey.`,
    none: (name) => `${name} has no passkey, so nothing was removed.`,
    reasonError: 'Enter a reason of at most 500 characters.',
    notFound: 'This employee was not found, or is outside the agency you manage.',
  },
};
