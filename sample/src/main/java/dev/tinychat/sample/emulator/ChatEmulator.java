package dev.tinychat.sample.emulator;


import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tinychat.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An embedded emulator of the Google Chat API's spaces, memberships, messages and reactions, on
 * the JDK's HTTP server bound to 127.0.0.1. It speaks the same paths and proto3 JSON as {@code
 * https://chat.googleapis.com} and applies Google's documented rules, so a client tested against
 * it is tested against the rules, not against itself: it shares no code with the generated client.
 *
 * <pre>{@code
 * try (ChatEmulator chat = ChatEmulator.builder()
 *     .user("alice-token", "users/alice", Set.of(ChatScopes.CHAT_SPACES_CREATE))
 *     .app("app-token", "users/app", Set.of(ChatScopes.CHAT_APP_SPACES_CREATE))
 *     .start()) {
 *   URI create = URI.create(chat.baseUrl() + "/v1/spaces?requestId=r1");
 *   // POST {"spaceType":"SPACE","displayName":"Team"} with "Authorization: Bearer alice-token"
 * }
 * }</pre>
 *
 * <h2>Methods</h2>
 *
 * <table>
 * <caption>Methods and scopes (user authentication / app authentication; -: not
 * supported)</caption>
 * <tr><th>method</th><th>user scopes</th><th>app scopes</th></tr>
 * <tr><td>spaces.create</td><td>chat.spaces.create, chat.spaces, chat.import (import mode
 *     only, and import mode needs it)</td><td>chat.app.spaces.create, chat.app.spaces</td></tr>
 * <tr><td>spaces.setup</td><td>chat.spaces.create, chat.spaces</td><td>-</td></tr>
 * <tr><td>spaces.get</td><td>chat.spaces, chat.spaces.readonly, chat.import</td><td>chat.bot,
 *     chat.app.spaces</td></tr>
 * <tr><td>spaces.list</td><td>chat.spaces, chat.spaces.readonly</td><td>chat.bot</td></tr>
 * <tr><td>spaces.search</td><td>chat.spaces, chat.spaces.readonly; with useAdminAccess
 *     chat.admin.spaces, chat.admin.spaces.readonly</td><td>-</td></tr>
 * <tr><td>spaces.patch</td><td>chat.spaces, chat.import (import-mode spaces)</td>
 *     <td>chat.app.spaces (spaces the app created)</td></tr>
 * <tr><td>spaces.delete</td><td>chat.delete (managers), chat.import (import-mode spaces)</td>
 *     <td>chat.app.delete (spaces the app created)</td></tr>
 * <tr><td>spaces.findDirectMessage</td><td>chat.spaces, chat.spaces.readonly</td>
 *     <td>chat.bot</td></tr>
 * <tr><td>spaces.completeImport</td><td>chat.import</td><td>-</td></tr>
 * <tr><td>spaces.members.create / delete</td><td>chat.memberships, chat.memberships.app (the
 *     calling app), chat.import</td><td>chat.app.memberships</td></tr>
 * <tr><td>spaces.members.get</td><td>chat.memberships, chat.memberships.readonly</td>
 *     <td>chat.bot, chat.app.memberships</td></tr>
 * <tr><td>spaces.members.list</td><td>chat.memberships, chat.memberships.readonly,
 *     chat.import</td><td>chat.bot, chat.app.memberships</td></tr>
 * <tr><td>spaces.members.patch</td><td>chat.memberships, chat.import</td>
 *     <td>chat.app.memberships</td></tr>
 * <tr><td>spaces.messages.create</td><td>chat.messages, chat.messages.create, chat.import</td>
 *     <td>chat.bot</td></tr>
 * <tr><td>spaces.messages.get</td><td>chat.messages, chat.messages.readonly</td><td>chat.bot,
 *     chat.app.messages.readonly</td></tr>
 * <tr><td>spaces.messages.list</td><td>chat.messages, chat.messages.readonly, chat.import</td>
 *     <td>chat.app.messages.readonly</td></tr>
 * <tr><td>spaces.messages.patch / update / delete</td><td>chat.messages, chat.import</td>
 *     <td>chat.bot</td></tr>
 * <tr><td>spaces.messages.reactions.create</td><td>chat.messages, chat.messages.reactions,
 *     chat.messages.reactions.create, chat.import</td><td>-</td></tr>
 * <tr><td>spaces.messages.reactions.list</td><td>chat.messages, chat.messages.readonly,
 *     chat.messages.reactions, chat.messages.reactions.readonly</td><td>-</td></tr>
 * <tr><td>spaces.messages.reactions.delete</td><td>chat.messages, chat.messages.reactions,
 *     chat.import</td><td>-</td></tr>
 * </table>
 *
 * <p>A caller whose only fitting scope is chat.import may act on import-mode spaces only.
 * useAdminAccess=true is a 501 everywhere but spaces.search. Not served: messagePins,
 * spaceEvents, attachments, media, messages.search, findGroupChats, users.*, customEmojis.
 *
 * <h2>Behaviour</h2>
 *
 * <ul>
 *   <li>Callers are known by bearer token: a person ({@link Builder#user}) or a Chat app ({@link
 *       Builder#app}), each with the OAuth scopes its token carries. The front end answers first:
 *       an unknown path 404, then a missing or unknown token 401, then a token without any of the
 *       method's scopes 403 with an {@code ErrorInfo} of reason {@code
 *       ACCESS_TOKEN_SCOPE_INSUFFICIENT}; then the body is parsed and the method's rules apply.
 *       PATCH may come as POST with {@code X-HTTP-Method-Override: PATCH}, as Google's Java
 *       client sends it.
 *   <li>Visibility: a space, its memberships and messages exist for members of the space (and an
 *       import-mode space for its importer); for anyone else, and in another space's path, they
 *       are 404 NOT_FOUND, as Google answers.
 *   <li>{@code name} is assigned ({@code spaces/} and 11 URL-safe characters; messages {@code
 *       {thread}.{id}}); output-only and unknown fields sent are ignored; snake_case names are
 *       accepted as lowerCamelCase ones.
 *   <li>Members: create as a user makes the caller ROLE_MANAGER; create as an app makes the app a
 *       ROLE_MEMBER (type BOT); import mode creates none; setup adds the caller (ROLE_MANAGER in a
 *       named space, ROLE_MEMBER in a group chat or DM), the people and groups listed
 *       (ROLE_MEMBER), and for {@code singleUserBotDm} the calling app (the first app registered,
 *       or {@link #DEFAULT_APP}). members.create adds a person, a Google group (named spaces,
 *       user auth) or the calling app ({@code users/app}, type BOT, user auth), never to a DM,
 *       ROLE_MEMBER and JOINED (nobody is invited); managers may, and members when the space's
 *       manageMembersAndGroups setting lets them (always in group chats); in a space in import
 *       mode it keeps the {@code createTime} sent (between the space's and now; its {@code
 *       deleteTime} is not modelled), elsewhere that output-only field is ignored. members.get
 *       takes the member's ID or {@code app}. members.patch changes {@code role} (mask {@code
 *       role}) of a person in a named space, by a manager. members.delete answers the removed membership;
 *       anyone may leave, managers remove others, only managers remove managers.
 *   <li>Lists: spaces.list (the caller's spaces, not import-mode ones; filter {@code space_type =
 *       "X"} joined by OR; pageSize 100, at most 1000), spaces.search (named spaces of which the
 *       caller is a member, or with useAdminAccess every named space; see {@link SpaceSearch};
 *       {@code totalSize}), members.list (groups only with {@code showGroups}; {@code showInvited}
 *       adds none; filter as {@link MemberFilter}; pageSize 100/1000), messages.list ({@code
 *       orderBy} create_time ASC or DESC; filter as {@link MessageFilter}; {@code showDeleted}
 *       lists deleted messages as Google does, without content; pageSize 25/1000),
 *       reactions.list (filter by emoji and user as Google documents; pageSize 25/200). pageSize
 *       0 or absent is the default, above the maximum is the maximum, negative is 400. A {@code
 *       nextPageToken} is opaque and signed; it is bound to the list (the space, the message) and
 *       to the other arguments (not pageSize), and points after the last item returned, so it
 *       stays valid while items come and go and across restarts with a state file.
 *   <li>Messages: text (at most 32,000 bytes), and free-form cardsV2, cards, accessoryWidgets
 *       (app authentication only) and attachment, kept and answered exactly as sent; a message
 *       needs one of them. fallbackText and privateMessageViewer (app authentication only) are
 *       kept as sent too; a private message is not hidden from other members. {@code requestId}
 *       returns the message it made to the same caller (400 for another); {@code messageId}
 *       {@code client-[a-z0-9-]} up to 63 characters, unique in the space (409), names the
 *       message for get/patch/update/delete. Threads (named spaces):
 *       without {@code messageReplyOption} a message starts a new thread; with
 *       REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD or REPLY_MESSAGE_OR_FAIL it joins the thread named by
 *       {@code thread.name} or started by the same caller with the same {@code thread.threadKey}
 *       (or the deprecated {@code threadKey} parameter), and OR_FAIL answers 404 when there is
 *       none. patch and update (PUT) take an updateMask of text, attachment, cards, cards_v2,
 *       accessory_widgets, quoted_message_metadata (removal only) or {@code *}; only the sender
 *       may update or delete; {@code allowMissing} creates a missing message with a client ID.
 *       delete of a thread's first message with replies needs {@code force=true} with user auth
 *       (400 FAILED_PRECONDITION), which deletes the replies too; a deleted message keeps a
 *       tombstone (deleteTime, deletionMetadata CREATOR) for showDeleted and loses its reactions.
 *   <li>Reactions: user authentication only, by members; one per person and emoji (409
 *       otherwise); a message shows {@code emojiReactionSummaries}; only its author deletes a
 *       reaction.
 *   <li>spaces.patch: see {@link SpaceUpdate}: the mask paths Google documents; space_history_state
 *       and access_settings.audience only alone, permission_settings.* only with each other, the
 *       emulator's model of who may change what (managers; members where the space's
 *       modifySpaceDetails or toggleHistory setting lets them; apps in spaces they created).
 *       spaces.delete removes the space with its memberships, messages and reactions and answers
 *       {@code {}}, as do messages.delete and reactions.delete.
 *   <li>Output: {@code type} ROOM (DM for a direct message); {@code spaceThreadingState}
 *       THREADED_MESSAGES for named spaces, UNTHREADED_MESSAGES otherwise; {@code
 *       spaceHistoryState} HISTORY_ON unless sent; {@code createTime} now (or the one sent in
 *       import mode); {@code lastActiveTime} the time of the latest message; {@code
 *       membershipCount}; {@code accessSettings} (named spaces: PRIVATE, or DISCOVERABLE with the
 *       audience sent); {@code spaceUri} {@code https://chat.google.com/room/{id}?cls=11} ({@code
 *       /dm/} for group chats and DMs); {@code customer} for spaces an app created; {@code
 *       permissionSettings} for named spaces (the emulator's model: a collaboration space lets
 *       everyone do everything, an announcement space only managers and assistant managers, except
 *       replies; settings sent replace these one by one); {@code importModeExpireTime} 90 days
 *       after the request in import mode. False booleans ({@code adminInstalled}, ...) are
 *       omitted, as proto3 does.
 *   <li>A {@code requestId} seen before from the same caller for the same method returns the
 *       space it created (or found), unchanged, whatever the new body says; from another caller it
 *       is a 400. An existing DM between the same two members (order does not matter) is returned
 *       by setup instead of a new one.
 *   <li>Display names of named spaces are unique, compared without case and surrounding blanks:
 *       a second one (create, setup, patch) is 409 ALREADY_EXISTS. One lock guards the store, so
 *       concurrent creates of one name make exactly one space.
 *   <li>Limits: a request body over {@link Builder#maxRequestBody} (10 MiB) is answered 400
 *       without being read and the connection closed; a request whose line, headers and body do
 *       not arrive within {@link Builder#requestTimeout} (30 s) has its connection closed; the
 *       request log keeps the latest {@link Builder#requestLogLimit} (1000) requests with bodies
 *       cut to 64 KiB. The size of the request line and headers is bounded by the JDK's server
 *       (from JDK 21, {@code sun.net.httpserver.maxReqHeaderSize}), not by the emulator.
 *   <li>State: with {@link Builder#stateFile} everything above (and the page-token key) is kept
 *       in a JSON file, written atomically after each change and read at start.
 *   <li>Not modelled: blocking between users, guests, invitations, users' emails (an email in
 *       {@code users/{email}} is a different user than its id), other organizations, Workspace
 *       administrators (but spaces.search's useAdminAccess), assistant managers, history settings
 *       of the organization, quotas (see {@link #failNext}), message formatting ({@code
 *       formattedText} and {@code argumentText} repeat the text), mentions, attachments' upload.
 *   <li>Requests with {@code Content-Encoding: gzip} are decoded; answers are gzipped when the
 *       request accepts gzip and its User-Agent contains "gzip", as Google's front end does.
 * </ul>
 *
 * <h2>Error messages</h2>
 *
 * <p>Marked * where the text follows Google's: quoted in Google's documentation or the project's
 * SPEC.md, or the format Google's front end is known to answer with (not verified against the
 * live service). Every other text is the emulator's own choice, because Google documents none.
 *
 * <table>
 * <caption>Errors</caption>
 * <tr><th>HTTP, status</th><th>when</th><th>message</th></tr>
 * <tr><td>401 UNAUTHENTICATED</td><td>no Authorization header</td><td>* Request is missing
 *     required authentication credential. Expected OAuth 2 access token, login cookie or other
 *     valid authentication credential. See
 *     https://developers.google.com/identity/sign-in/web/devconsole-project. (ErrorInfo
 *     CREDENTIALS_MISSING)</td></tr>
 * <tr><td>401 UNAUTHENTICATED</td><td>unknown token, or not a Bearer one</td><td>* Request had
 *     invalid authentication credentials. Expected OAuth 2 access token, login cookie or other
 *     valid authentication credential. See
 *     https://developers.google.com/identity/sign-in/web/devconsole-project. (ErrorInfo
 *     ACCESS_TOKEN_TYPE_UNSUPPORTED)</td></tr>
 * <tr><td>403 PERMISSION_DENIED</td><td>no scope of the method (also: import mode without
 *     chat.import, a non-import create with only chat.import)</td><td>* Request had insufficient
 *     authentication scopes. (ErrorInfo ACCESS_TOKEN_SCOPE_INSUFFICIENT, googleapis.com)</td></tr>
 * <tr><td>403 PERMISSION_DENIED</td><td>setup with app auth</td><td>This method doesn't support
 *     app authentication with a service account. Authenticate with a user account.</td></tr>
 * <tr><td>403 PERMISSION_DENIED</td><td>create in import mode with app auth</td><td>Import mode
 *     requires user authentication with the chat.import scope; a Chat app can't create a space
 *     in import mode.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>body is not JSON</td><td>* Invalid JSON payload received.
 *     (then the JSON reader's message, with line, column and path)</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>a value of the wrong type, or an unknown enum name</td>
 *     <td>* Invalid value at 'space.space_type' (type.googleapis.com/google.chat.v1.Space.SpaceType),
 *     "FOO"</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>two members of a oneof</td><td>* Invalid JSON payload
 *     received. Oneof field 'space_permission_settings' is already set. Cannot set
 *     'permissionSettings'</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>spaceType missing or unspecified</td><td>space.space_type
 *     is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>create a DM</td><td>spaces.create can't create a direct
 *     message (space_type DIRECT_MESSAGE); use spaces.setup.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>create a group chat outside import mode</td>
 *     <td>spaces.create creates a group chat (space_type GROUP_CHAT) only in import mode
 *     (space.import_mode true); use spaces.setup.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>named space without a display name</td>
 *     <td>space.display_name is required for a named space (space_type SPACE).</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>display name, details, audience or permissions on a group
 *     chat or DM</td><td>space.display_name must not be set for a group chat (space_type
 *     GROUP_CHAT). (likewise space.space_details, space.access_settings.audience,
 *     space.predefined_permission_settings, space.permission_settings; "direct message
 *     (space_type DIRECT_MESSAGE)")</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>too long</td><td>space.display_name must be at most 128
 *     characters, but has 129. (description 150, guidelines 5000; characters are code
 *     points)</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>singleUserBotDm outside a DM</td>
 *     <td>space.single_user_bot_dm can be true only for a direct message (space_type
 *     DIRECT_MESSAGE).</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>malformed audience</td>
 *     <td>space.access_settings.audience must be audiences/{audience}, but was "x".</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>app create without customer</td><td>space.customer is
 *     required when a Chat app creates a space with app authentication.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>malformed or unknown customer</td><td>space.customer must
 *     be customers/{customer}, but was "x". / space.customer "customers/x" is not a customer known
 *     to the emulator; known: customers/my_customer.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>customer with user auth (create or setup)</td>
 *     <td>space.customer can be set only when a Chat app creates a space with app
 *     authentication.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>import-mode createTime in the future</td>
 *     <td>space.create_time must not be in the future, but was 2099-01-01T00:00:00Z.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup in import mode</td><td>space.import_mode can't be
 *     set in spaces.setup; create import-mode spaces with spaces.create.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: more than 49 memberships</td><td>memberships may
 *     list at most 49 members besides the caller, but lists 50.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: member name missing or not users/{user}</td><td>*
 *     Missing or malformed user resource name in the request. Human user resource name must
 *     follow this format: users/{user}. (then: Field memberships[0].member.name was "bob".)</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: member type not HUMAN</td>
 *     <td>memberships[0].member.type must be HUMAN, as spaces.setup adds people only, but was
 *     BOT.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: a registered app listed</td>
 *     <td>memberships[0].member.name users/app is a Chat app; spaces.setup adds people
 *     only.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: caller listed</td><td>memberships[0].member.name
 *     users/alice is the caller, who is added automatically and must not be listed.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: a member twice</td><td>memberships[1] repeats
 *     users/bob, already listed at memberships[0].</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: malformed group, or a group outside a named
 *     space</td><td>memberships[0].group_member.name must be groups/{group}, but was "x". /
 *     memberships[0].group_member: Google groups can be added only to a named space (space_type
 *     SPACE).</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>setup: member counts</td><td>memberships must list at
 *     least 2 people besides the caller for a group chat (space_type GROUP_CHAT), but lists 1. /
 *     memberships must list exactly 1 person for a direct message (space_type DIRECT_MESSAGE),
 *     but lists 2. / memberships must be empty for a direct message with the calling app
 *     (space.single_user_bot_dm true), but lists 1.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>requestId used by another caller</td><td>request_id "r1"
 *     was already used by another caller; use a new request ID.</td></tr>
 * <tr><td>409 ALREADY_EXISTS</td><td>display name in use</td><td>A space with the display name
 *     "Team" already exists in the organization; try a different space.display_name.</td></tr>
 * <tr><td>404 NOT_FOUND</td><td>no such space, or the caller can't see it</td><td>* Requested
 *     entity was not found.</td></tr>
 * <tr><td>404 NOT_FOUND</td><td>unknown path, or a known path with another HTTP method</td><td>No
 *     method GET /v1/spaces:setup in the emulated Chat API.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>members.list: pageSize, showGroups, showInvited or
 *     useAdminAccess not a number or boolean</td><td>* Invalid value at 'page_size' (TYPE_INT32),
 *     "x" (TYPE_BOOL for the booleans)</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>members.list: negative pageSize</td><td>page_size must
 *     not be negative, but was -1.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>members.list: a pageToken the emulator did not issue,
 *     issued for another space, or for other filter, showGroups or showInvited values</td>
 *     <td>Invalid page_token: it is not a token the emulator issued. / it was issued for
 *     spaces/A, not spaces/B. / it was issued for other filter, showGroups or showInvited
 *     values; pass the same ones as the call that returned it.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>members.list: a filter outside the supported
 *     forms</td><td>Invalid filter: (what and where, e.g.) role is compared twice joined by AND;
 *     use OR to match either value. / the emulator does not support AND and OR in one filter
 *     (character 24); use only AND or only OR.</td></tr>
 * <tr><td>501 UNIMPLEMENTED</td><td>useAdminAccess=true but in spaces.search</td>
 *     <td>use_admin_access is not supported: the emulator models no Workspace
 *     administrators.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>a gzip body that does not decode, or a bad query
 *     escape</td><td>Invalid gzip request body. / Invalid query string.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>a body over the limit (declared or sent)</td><td>*
 *     Request payload size exceeds the limit: 10485760 bytes.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>a page token edited, or of another list or
 *     query</td><td>Invalid page_token: it is not a token the emulator issued. / it was issued
 *     for spaces/A/messages, not spaces/B/messages. / it was issued for other filter, orderBy or
 *     showDeleted values; pass the same ones as the call that returned it.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>a filter or query outside what Google documents, or a
 *     syntax error</td><td>Invalid filter: (what and where, e.g.) space_type comparisons are
 *     joined by OR, not AND. / messages can be filtered by create_time and thread.name only, but
 *     character 1 has text. / OR joins emojis or users, not both (character 24). / expected AND
 *     at character 7, but found "b". (Invalid query: ... for spaces.search)</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>spaces.search without its required parts</td><td>query
 *     is required, e.g. space_type = "SPACE" AND display_name:"Team". / Invalid query:
 *     space_type = "SPACE" is required. / customer = "customers/my_customer" is required with
 *     use_admin_access.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>orderBy not supported</td><td>order_by "name" is not
 *     supported; use create_time ASC or create_time DESC.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>spaces.patch mask</td><td>update_mask is required: the
 *     comma-separated paths to update, e.g. display_name. / update_mask path "name" is not
 *     supported by spaces.patch; valid paths: ... / update_mask path space_history_state must be
 *     the only path, but the mask also has display_name. / update_mask paths
 *     permission_settings.* can be combined only with each other, but the mask also has
 *     space_details.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>spaces.patch values</td><td>space_type can only change
 *     a group chat (GROUP_CHAT) to a named space: send space.space_type SPACE with display_name in
 *     the mask too. / space.display_name can be updated only for a named space (space_type
 *     SPACE), but spaces/A is a GROUP_CHAT. / space.space_history_state must be HISTORY_ON or
 *     HISTORY_OFF. / space.permission_settings.manage_apps must be set in the body when the mask
 *     names it.</td></tr>
 * <tr><td>403 PERMISSION_DENIED</td><td>a change the caller may not make</td><td>users/bob is
 *     not allowed to manage the space's settings (space managers only) in spaces/A. / users/bob
 *     is not a manager of spaces/A; only managers can delete a space. (also: add members, change
 *     roles, remove a space manager) / A Chat app can update only the spaces it created; ... /
 *     users/alice can't update spaces/A/messages/B: only its sender can. / users/alice can't
 *     delete a reaction of users/bob.</td></tr>
 * <tr><td>403 PERMISSION_DENIED</td><td>app auth where Google takes user auth only</td><td>This
 *     method doesn't support app authentication with a service account. Authenticate with a user
 *     account. / A Chat app can't add a Google group with app authentication.</td></tr>
 * <tr><td>400 FAILED_PRECONDITION</td><td>completeImport of a space not in import mode; delete of
 *     a thread with replies without force</td><td>spaces/A is not in import mode. /
 *     spaces/A/messages/B has 1 threaded replies; delete with force=true to delete them
 *     too.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>members</td><td>Members can't be added to a direct
 *     message (space_type DIRECT_MESSAGE). / Only the calling Chat app (users/app) can be added
 *     as a member of type BOT, with user authentication. / update_mask path "state" is not
 *     supported by spaces.members.patch; the only path is role. / membership.role must be
 *     ROLE_MEMBER or ROLE_MANAGER.</td></tr>
 * <tr><td>409 ALREADY_EXISTS</td><td>a member twice, a client message ID twice, a reaction
 *     twice</td><td>users/bob is already a member of spaces/A. / A message with the ID client-x
 *     already exists in spaces/A; message_id must be unique within a space. / users/bob already
 *     reacted with this emoji to spaces/A/messages/B.</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>messages</td><td>message_id must begin with client- and
 *     have at most 63 characters, only lowercase letters, numbers and hyphens, but was "x". / A
 *     message must have content: message.text, message.cards_v2 or message.attachment. /
 *     message.cards_v2 can be sent only by a Chat app, with app authentication. / message.text
 *     must be at most 32000 bytes. / update_mask path "sender" is not supported; valid paths:
 *     text, attachment, cards, cards_v2, accessory_widgets, quoted_message_metadata, or *. /
 *     allow_missing creates a missing message only when its ID is client-assigned (client-...),
 *     but was "x".</td></tr>
 * <tr><td>404 NOT_FOUND</td><td>REPLY_MESSAGE_OR_FAIL without the thread</td><td>Thread with
 *     key "k" was not found in spaces/A (message_reply_option REPLY_MESSAGE_OR_FAIL).</td></tr>
 * <tr><td>400 INVALID_ARGUMENT</td><td>reactions</td><td>reaction.emoji needs emoji.unicode or
 *     emoji.custom_emoji.uid.</td></tr>
 * <tr><td>500 INTERNAL</td><td>a bug in the emulator (logged with its stack trace)</td><td>*
 *     Internal error encountered.</td></tr>
 * <tr><td>429, 500, 503, ...</td><td>{@link #failNext}</td><td>Resource has been exhausted (e.g.
 *     check quota). / Internal error encountered. / The service is currently unavailable. / ...
 *     </td></tr>
 * </table>
 *
 * <p>400 answers caused by one field carry a {@code google.rpc.BadRequest} detail whose {@code
 * fieldViolations[0].field} is that field's proto path.
 */
public final class ChatEmulator implements AutoCloseable {
  /** The default person, registered by {@link Builder#withDefaults()}. */
  public static final String DEFAULT_USER = "users/emulator-user";
  /** The token of {@link #DEFAULT_USER}, which holds {@link ChatScopes#ALL_USER_SCOPES}. */
  public static final String DEFAULT_USER_TOKEN = "emulator-user-token";
  /** The default Chat app, also the calling app of DMs with the app when no app is registered. */
  public static final String DEFAULT_APP = "users/emulator-app";
  /** The token of {@link #DEFAULT_APP}, which holds {@link ChatScopes#ALL_APP_SCOPES}. */
  public static final String DEFAULT_APP_TOKEN = "emulator-app-token";
  /** Google's alias for the app's own organization, always a known customer. */
  public static final String MY_CUSTOMER = "customers/my_customer";
  /** The default request body limit: 10 MiB, as Google's front end answers above it. */
  public static final int DEFAULT_MAX_BODY = 10 * 1024 * 1024;
  /** The default number of requests the request log keeps. */
  public static final int DEFAULT_REQUEST_LOG_LIMIT = 1000;
  /** The default time a request (headers and body) may take to arrive. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(ChatEmulator.class.getName());
  /** Bodies kept in the request log are cut to this many bytes each. */
  private static final int LOGGED_BODY = 64 * 1024;

  private record Failure(int httpStatus, Duration retryAfter, boolean afterProcessing) {}

  private record Response(int status, byte[] body, Map<String, String> headers) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService watchdog;
  private final Map<String, Principal> tokens;
  private final ChatStore store;
  private final Routes routes = new Routes();
  private final StateFile stateFile;
  private final int maxBody;
  private final int logLimit;
  private final Duration requestTimeout;
  private final Deque<RecordedRequest> log = new ArrayDeque<>();
  private final Deque<Failure> failures = new ArrayDeque<>();

  private ChatEmulator(Builder builder) throws IOException {
    this.tokens = Map.copyOf(builder.tokens);
    this.maxBody = builder.maxBody;
    this.logLimit = builder.logLimit;
    this.requestTimeout = builder.requestTimeout;
    String callingApp = DEFAULT_APP;
    Set<String> appNames = new LinkedHashSet<>();
    for (Principal principal : builder.tokens.values()) {
      if (principal.app()) {
        if (appNames.isEmpty()) {
          callingApp = principal.name();
        }
        appNames.add(principal.name());
      }
    }
    appNames.add(callingApp);
    Set<String> apps = Set.copyOf(appNames);
    this.store = new ChatStore(builder.clock, callingApp);
    this.stateFile = builder.stateFile == null ? null : new StateFile(builder.stateFile);
    if (stateFile != null) {
      stateFile.load(store);
    }
    Paging paging = new Paging(store);
    new SpacesApi(store, paging, Set.copyOf(builder.customers), apps).addTo(routes);
    new MembersApi(store, paging, apps).addTo(routes);
    new MessagesApi(store, paging).addTo(routes);
    new ReactionsApi(store, paging).addTo(routes);
    AtomicInteger threads = new AtomicInteger();
    ExecutorService workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "chat-emulator-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.executor = workers;
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "chat-emulator-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    this.server = HttpServer.create(new InetSocketAddress(loopback, builder.port), 0);
    // The JDK's server reads the request line and headers on the executor's thread, from a
    // blocking channel: interrupting that thread closes the connection. So each exchange gets a
    // deadline, cancelled once its body has arrived (see handle).
    server.setExecutor(
        task -> {
          try {
            workers.execute(() -> withDeadline(task));
          } catch (RejectedExecutionException e) {
            // closed: the connection is dropped
          }
        });
    server.createContext("/", this::handle);
    server.start();
  }

  /** A builder with no callers; add some with {@link Builder#user} and {@link Builder#app}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An emulator on a free port with {@link #DEFAULT_USER} ({@link #DEFAULT_USER_TOKEN}, all user
   * scopes) and {@link #DEFAULT_APP} ({@link #DEFAULT_APP_TOKEN}, all app scopes), started.
   */
  public static ChatEmulator withDefaults() {
    return builder().withDefaults().start();
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port the emulator listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Makes the next {@code count} requests fail with {@code httpStatus} (400 to 599) in Google's
   * envelope, before they are processed: nothing is created. Failures queue up behind earlier
   * ones.
   */
  public void failNext(int count, int httpStatus) {
    enqueue(count, new Failure(checkStatus(httpStatus), null, false));
  }

  /** Like {@link #failNext(int, int)}, with a {@code Retry-After} header in whole seconds. */
  public void failNext(int count, int httpStatus, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, but was " + retryAfter);
    }
    enqueue(count, new Failure(checkStatus(httpStatus), retryAfter, false));
  }

  /**
   * Makes the next {@code count} requests be processed (a space may be created) and then answered
   * with {@code httpStatus} instead of their result, as when a response is lost: a client that
   * retries with the same {@code requestId} must get the same space back.
   */
  public void failNextAfterProcessing(int count, int httpStatus) {
    enqueue(count, new Failure(checkStatus(httpStatus), null, true));
  }

  /**
   * The latest requests received, oldest first, without their Authorization headers: at most
   * {@link Builder#requestLogLimit} of them, each body cut to 64 KiB.
   */
  public List<RecordedRequest> requestLog() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** Forgets the requests received so far. */
  public void clearRequestLog() {
    synchronized (log) {
      log.clear();
    }
  }

  /** How many spaces exist, of every type and caller. */
  public int spaceCount() {
    synchronized (store) {
      return store.spaces.size();
    }
  }

  /** Stops the server at once and frees its port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    watchdog.shutdownNow();
  }

  @Override
  public String toString() {
    return "ChatEmulator[" + baseUrl() + "]";
  }

  private static int checkStatus(int httpStatus) {
    if (httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException(
          "httpStatus must be an error status from 400 to 599, but was " + httpStatus);
    }
    return httpStatus;
  }

  private void enqueue(int count, Failure failure) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    synchronized (failures) {
      for (int i = 0; i < count; i++) {
        failures.add(failure);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  /**
   * The deadline of one exchange: when it fires before the request has arrived, it interrupts
   * the thread reading it, which closes the connection.
   */
  private static final class Deadline {
    private final Thread thread;
    private boolean finished;

    Deadline(Thread thread) {
      this.thread = thread;
    }

    synchronized void fire() {
      if (!finished) {
        thread.interrupt();
      }
    }

    /** No interrupt comes after this returns. */
    synchronized void finish() {
      finished = true;
    }
  }

  /** The deadline of the exchange running on this thread. */
  private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

  private void withDeadline(Runnable exchange) {
    Deadline deadline = new Deadline(Thread.currentThread());
    Future<?> timer;
    try {
      timer = watchdog.schedule(deadline::fire, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return; // closed: the connection is dropped
    }
    DEADLINE.set(deadline);
    try {
      exchange.run();
    } finally {
      DEADLINE.remove();
      deadline.finish();
      timer.cancel(false);
      Thread.interrupted(); // a pooled thread starts its next exchange uninterrupted
    }
  }

  /** Called once the request has been read: its deadline no longer applies. */
  private static void requestArrived() {
    Deadline deadline = DEADLINE.get();
    if (deadline != null) {
      deadline.finish();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Headers headers = exchange.getRequestHeaders();
      String method = exchange.getRequestMethod();
      String override = headers.getFirst("X-HTTP-Method-Override");
      if (method.equals("POST") && override != null && !override.isBlank()) {
        // Google's front end takes PATCH this way from clients whose transport lacks it, as
        // Google's Java client on HttpURLConnection.
        method = override.trim().toUpperCase(Locale.ROOT);
      }
      String path = exchange.getRequestURI().getRawPath();
      String query = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
      Response response = null;
      byte[] body = new byte[0];
      boolean unread = false;
      try {
        body = decode(readBody(exchange, headers), headers);
      } catch (ApiError e) {
        response = errorResponse(e);
        unread = "close".equals(exchange.getResponseHeaders().getFirst("Connection"));
      }
      requestArrived();
      if (Thread.interrupted()) {
        return; // the deadline fired as the body arrived: the connection is gone
      }
      record(method, path, query, headers, body);
      Failure failure;
      synchronized (failures) {
        failure = failures.poll();
      }
      if (failure != null && !failure.afterProcessing()) {
        response = failureResponse(failure);
      } else if (response == null) {
        response = dispatch(method, path, query, headers, body);
        if (failure != null) {
          response = failureResponse(failure);
        }
      }
      send(exchange, headers, response, unread);
    }
  }

  /** The body, refused without reading it when its declared length is over the limit. */
  private byte[] readBody(HttpExchange exchange, Headers headers) throws IOException {
    String length = headers.getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw ApiError.invalid("Invalid Content-Length header.");
      }
      if (declared > maxBody) {
        exchange.getResponseHeaders().set("Connection", "close");
        throw tooLarge();
      }
    }
    byte[] raw = exchange.getRequestBody().readNBytes(maxBody + 1);
    if (raw.length > maxBody) {
      exchange.getResponseHeaders().set("Connection", "close");
      throw tooLarge();
    }
    return raw;
  }

  private ApiError tooLarge() {
    return ApiError.invalid("Request payload size exceeds the limit: " + maxBody + " bytes.");
  }

  private byte[] decode(byte[] raw, Headers headers) {
    String encoding = headers.getFirst("Content-Encoding");
    if (encoding == null || !encoding.trim().equalsIgnoreCase("gzip")) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] body = in.readNBytes(maxBody + 1);
      if (body.length > maxBody) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw ApiError.invalid("Invalid gzip request body.");
    }
  }

  private void record(String method, String path, String query, Headers headers, byte[] body) {
    if (logLimit == 0) {
      return;
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (!lower.equals("authorization")) {
            kept.put(lower, List.copyOf(values));
          }
        });
    byte[] logged = body.length > LOGGED_BODY ? Arrays.copyOf(body, LOGGED_BODY) : body;
    RecordedRequest request = new RecordedRequest(method, path, query, kept, logged);
    synchronized (log) {
      while (log.size() >= logLimit) {
        log.removeFirst();
      }
      log.addLast(request);
    }
  }

  private Response dispatch(
      String method, String path, String rawQuery, Headers headers, byte[] body) {
    try {
      Routes.Match route = routes.find(method, path);
      Call call = new Call(route.path(), parseQuery(rawQuery), headers, body, tokens);
      synchronized (store) {
        byte[] answer = route.handler().handle(call);
        if (stateFile != null && !method.equals("GET")) {
          stateFile.save(store);
        }
        return ok(answer);
      }
    } catch (ApiError e) {
      return errorResponse(e);
    } catch (JsonException e) {
      return errorResponse(ApiError.invalid("Invalid JSON payload received. " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "emulator failure on " + method + " " + path, e);
      return errorResponse(ApiError.of(500, "INTERNAL", "Internal error encountered."));
    }
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery.isEmpty()) {
      return query;
    }
    try {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Invalid query string.");
    }
    return query;
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  private static Response ok(byte[] body) {
    return new Response(200, body, Map.of());
  }

  private static Response errorResponse(ApiError error) {
    return new Response(error.httpStatus(), WireJson.error(error), error.headers());
  }

  private static Response failureResponse(Failure failure) {
    int code = failure.httpStatus();
    String status;
    String message;
    switch (code) {
      case 400:
        status = "INVALID_ARGUMENT";
        message = "Request contains an invalid argument.";
        break;
      case 401:
        status = "UNAUTHENTICATED";
        message = "Request had invalid authentication credentials.";
        break;
      case 403:
        status = "PERMISSION_DENIED";
        message = "The caller does not have permission.";
        break;
      case 404:
        status = "NOT_FOUND";
        message = "Requested entity was not found.";
        break;
      case 409:
        status = "ABORTED";
        message = "The operation was aborted.";
        break;
      case 429:
        status = "RESOURCE_EXHAUSTED";
        message = "Resource has been exhausted (e.g. check quota).";
        break;
      case 500:
        status = "INTERNAL";
        message = "Internal error encountered.";
        break;
      case 501:
        status = "UNIMPLEMENTED";
        message = "Operation is not implemented, or supported, or enabled.";
        break;
      case 503:
        status = "UNAVAILABLE";
        message = "The service is currently unavailable.";
        break;
      case 504:
        status = "DEADLINE_EXCEEDED";
        message = "Deadline expired before operation could complete.";
        break;
      default:
        status = code < 500 ? "FAILED_PRECONDITION" : "UNKNOWN";
        message = "Injected failure with HTTP status " + code + ".";
    }
    Map<String, String> headers =
        failure.retryAfter() == null
            ? Map.of()
            : Map.of("Retry-After", Long.toString(seconds(failure.retryAfter())));
    return new Response(
        code,
        WireJson.error(ApiError.of(code, status, message)),
        headers);
  }

  private static long seconds(Duration duration) {
    long seconds = duration.getSeconds();
    return duration.getNano() > 0 ? seconds + 1 : seconds;
  }

  /**
   * Sends the answer; {@code unread}: the request body was left unread, and the connection is
   * closed once the answer is out.
   */
  private static void send(
      HttpExchange exchange, Headers request, Response response, boolean unread)
      throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Content-Type", "application/json; charset=UTF-8");
    response.headers().forEach(out::set);
    byte[] body = response.body();
    String accept = Objects.requireNonNullElse(request.getFirst("Accept-Encoding"), "");
    String agent = Objects.requireNonNullElse(request.getFirst("User-Agent"), "");
    if (accept.toLowerCase(Locale.ROOT).contains("gzip") && agent.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (OutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(body);
      }
      body = zipped.toByteArray();
      out.set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
      stream.flush();
      if (unread) {
        // Closing the exchange drains the unread body, which would wait for bytes that may
        // never come: interrupted, the drain closes the connection at once instead.
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Configures an emulator: its callers, customers, port and clock. */
  public static final class Builder {
    private static final Pattern USER = Pattern.compile("users/[^/]+");
    private static final Pattern CUSTOMER = Pattern.compile("customers/[^/]+");

    private final Map<String, Principal> tokens = new LinkedHashMap<>();
    private final Set<String> customers = new LinkedHashSet<>(Set.of(MY_CUSTOMER));
    private int port;
    private Clock clock = Clock.systemUTC();
    private Path stateFile;
    private int maxBody = DEFAULT_MAX_BODY;
    private int logLimit = DEFAULT_REQUEST_LOG_LIMIT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private Builder() {}

    /** The port to listen on, 0 (the default) for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * A person calling with user authentication. One person may have several tokens with
     * different scopes.
     *
     * @param token the bearer token the person sends
     * @param name the person's resource name, {@code users/{user}}
     * @param scopes the OAuth scopes the token carries, e.g. {@link ChatScopes#CHAT_SPACES_CREATE}
     */
    public Builder user(String token, String name, Set<String> scopes) {
      return add(token, name, false, scopes);
    }

    /**
     * A Chat app calling with app authentication (a service account, with administrator approval
     * for the {@code chat.app.*} scopes). The first app registered is also "the calling app" of
     * users' DMs with an app.
     *
     * @param name the app's user resource name, {@code users/{user}}
     */
    public Builder app(String token, String name, Set<String> scopes) {
      return add(token, name, true, scopes);
    }

    /** A customer an app may create spaces for; {@link #MY_CUSTOMER} is always known. */
    public Builder customer(String name) {
      Objects.requireNonNull(name, "name");
      if (!CUSTOMER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "customer must be customers/{customer}, but was \"" + name + "\"");
      }
      customers.add(name);
      return this;
    }

    /** The clock of createTime and other timestamps; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Keeps the emulator's state (spaces, memberships, messages, reactions, request IDs, and the
     * key of page tokens) in this file: read at start when it exists, and written atomically
     * (a temporary file moved over it) after every request that changes something.
     */
    public Builder stateFile(Path file) {
      this.stateFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * The largest request body accepted, in bytes ({@link #DEFAULT_MAX_BODY} by default); a
     * larger one is answered 400 INVALID_ARGUMENT without being read.
     */
    public Builder maxRequestBody(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes must not be negative, but was " + bytes);
      }
      this.maxBody = bytes;
      return this;
    }

    /** How many requests {@link #requestLog()} keeps, the latest ones; 0 keeps none. */
    public Builder requestLogLimit(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("requests must not be negative, but was " + requests);
      }
      this.logLimit = requests;
      return this;
    }

    /**
     * How long a request's line, headers and body may take to arrive; then the connection is
     * closed, so a slow client can't hold a thread. {@link #DEFAULT_REQUEST_TIMEOUT} by default.
     */
    public Builder requestTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
      }
      this.requestTimeout = timeout;
      return this;
    }

    /** Adds {@link #DEFAULT_USER} and {@link #DEFAULT_APP} with their tokens and all scopes. */
    public Builder withDefaults() {
      user(DEFAULT_USER_TOKEN, DEFAULT_USER, ChatScopes.ALL_USER_SCOPES);
      return app(DEFAULT_APP_TOKEN, DEFAULT_APP, ChatScopes.ALL_APP_SCOPES);
    }

    /** Binds 127.0.0.1 and starts serving. */
    public ChatEmulator start() {
      try {
        return new ChatEmulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the Chat emulator on port " + port, e);
      }
    }

    private Builder add(String token, String name, boolean app, Set<String> scopes) {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scopes, "scopes");
      if (token.isBlank() || !token.equals(token.trim())) {
        throw new IllegalArgumentException(
            "the token of " + name + " must not be blank or have surrounding blanks");
      }
      if (!USER.matcher(name).matches()) {
        throw new IllegalArgumentException("name must be users/{user}, but was \"" + name + "\"");
      }
      for (Principal known : tokens.values()) {
        if (known.name().equals(name) && known.app() != app) {
          throw new IllegalArgumentException(name + " can't be both a person and a Chat app");
        }
      }
      Principal previous = tokens.get(token);
      if (previous != null) {
        throw new IllegalArgumentException(
            "the token of " + name + " is already the token of " + previous.name());
      }
      tokens.put(token, new Principal(name, app, scopes));
      return this;
    }
  }
}
