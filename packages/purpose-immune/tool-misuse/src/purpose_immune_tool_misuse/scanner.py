# ruff: noqa: E501 - regex tables read best one family per line
"""Tool-misuse detector: commands and requests that destroy, exfiltrate, persist or open a remote shell.

Rules match the normalised lower-case views (so ``r m -rf /`` spelled out, hidden in base64 or in
full-width letters is the same rule). They target what is dangerous whatever the context: a root-level
``rm -rf``, not ``rm -rf build/``; reading ``~/.ssh/id_rsa``, not mentioning ssh; sending credentials to an
outside address, not sending a report to a colleague.
"""

from __future__ import annotations

from purpose_agent.plugin import Severity
from purpose_immune_engine.rules import Rule, RuleScanner

S = Severity

# one field of a crontab schedule: "*", "*/5", "7", "1-5", "0,30", "1-30/2" (a minute, hour, day or month
# number is one or two digits: a run of eight binary digits is not a schedule)
CRON_FIELD = r"(?:\*|\d{1,2}(?:-\d{1,2})?(?:,\d{1,2}(?:-\d{1,2})?)*)(?:/\d{1,2})?"
SENSITIVE_FILE = (r"(?:\.ssh/(?:id_\w+|authorized_keys|known_hosts|config)|/etc/(?:shadow|passwd|sudoers|"
                  r"gshadow|master\.passwd)|\.aws/credentials|\.git-credentials|\.netrc|\.pgpass|"
                  r"\.docker/config\.json|\.kube/config|\.npmrc|\.pypirc|\.env\b|id_rsa|id_ed25519|"
                  r"id_ecdsa|wallet\.dat|login data|cookies\.sqlite|keychain|\.gnupg|credentials\.json|"
                  r"\.bash_history|secrets?\.(?:ya?ml|json|toml))")  # fmt: skip
SENSITIVE_DATA = (r"(?:api[ _-]?keys?|credentials?|passwords?|passwds?|secrets?|tokens?|private keys?|ssh keys?|"
                  r"env(?:ironment)? variables|env vars|\.env|customer (?:data|list|records|emails|database|"
                  r"details|information|info)|user (?:data|records|database|list)|personal data|databases?|"
                  r"chat history|conversation(?: history)?|system prompt|all (?:the )?(?:files|data|emails|"
                  r"records|messages|contacts|documents)|full (?:customer )?(?:list|data|database|records)|"
                  r"order data|private (?:data|files|keys|information)|confidential|internal (?:data|documents|"
                  r"files)|session cookies?|cookies|keys|source code|the codebase|payroll|ssn|credit card"
                  r"(?: numbers?)?)")  # fmt: skip
OUTSIDE = (r"(?:https?://|ftp://|www\.|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|external(?:ly)?|attacker|remote (?:server|"
           r"host|address|endpoint)|third[- ]part(?:y|ies)|outside (?:address|server|party)|pastebin|"
           r"webhook|discord|telegram|ngrok|requestbin|transfer\.sh|this (?:address|url|server|endpoint)|"
           r"my (?:server|email|address|endpoint))")  # fmt: skip
SEND = (r"(?:send|email|e-mail|mail|post|upload|forward|transmit|exfiltrate|leak|share|copy|paste|sync|"
        r"mirror|dump|export|ship|pipe|beam|relay|publish|push|transfer|envoie|envoyez|envia|envie|sende|"
        r"schicke|invia|manda)")  # fmt: skip
SHELLS = r"(?:(?:/usr)?/bin/)?(?:ba|z|k|da|fi|c|tc)?sh\b"

RULES_LIST: list[Rule] = [
    # -- destructive commands --------------------------------------------------------------------------------
    Rule("destructive", r"\brm\s+(?:-{1,2}[a-z-]+\s+)*-{1,2}(?:[a-z]*r[a-z]*f|[a-z]*f[a-z]*r|recursive|force)"
         r"[a-z]*\s+(?:-{1,2}[a-z-]+\s+)*(?:--no-preserve-root\s+)?[\"']?(?:/|/\*|~/?|~/\*|\$home/?|"
         r"\$\{home\}/?|\*|\.{1,2}/?\*?|/(?:etc|usr|var|home|bin|sbin|boot|lib|lib64|opt|root|sys|dev|"
         r"proc|srv|mnt|media)(?:/\*?)?|/var/lib/(?:mysql|postgresql|pgsql|docker|mongodb|redis|"
         r"elasticsearch|etcd)(?:/\*?)?|/var/(?:log|backups?)(?:/\*?)?)[\"']?(?=\s|$|;|&|\||\)|`|\")", S.CRITICAL,
         "recursive delete of a root, home or system directory"),
    Rule("destructive", r"--no-preserve-root|\brm\s+-rf\s+/\s", S.CRITICAL, "delete from the filesystem root"),
    Rule("destructive", r"\b(?:rd|rmdir)\s+/s\s+/q\s+[a-z]:\\|\bdel\s+(?:/[fsq]\s+){1,3}[a-z]:\\(?:\*|windows|"
         r"system32)?|\bformat\s+[a-z]:(?:\s|$)|remove-item\s+[^\n]{0,40}-recurse[^\n]{0,40}(?:[a-z]:\\|~|"
         r"\$env:userprofile|\$home)(?:\s|$|\*|\\)", S.CRITICAL, "wipes a Windows drive"),
    Rule("destructive", r"\bmkfs(?:\.\w+)?\s+[^\n]{0,20}/dev/|\bdd\s+[^\n]{0,40}of=/dev/(?:sd|nvme|hd|xvd|vd|"
         r"mmcblk|disk|mapper)|>\s*/dev/(?:sd[a-z]|nvme\d|hd[a-z]|mmcblk)|\bshred\b[^\n]{0,40}/dev/|"
         r"\bwipefs\b[^\n]{0,20}/dev/", S.CRITICAL, "overwrites a disk device"),
    Rule("destructive", r"\bchmod\s+(?:-{1,2}[a-z]+\s+)*(?:0?777|a\+rwx|ugo\+rwx)\s+(?:-{1,2}[a-z]+\s+)*/(?:\s|$|\*|etc|"
         r"usr|bin|var|root)|\bchown\s+-r\s+\S+\s+/(?:\s|$|etc|usr|bin)", S.HIGH, "opens permissions on system paths"),
    Rule("destructive", r"\b(\w+)\s*\(\s*\)\s*\{\s*\1\s*\|\s*\1\s*&\s*\}\s*;\s*\1|:\(\)\s*\{\s*:\s*\|\s*:\s*&"
         r"\s*\}\s*;\s*:|%0\s*\|\s*%0|while\s*(?:true|1|\(1\))\s*[:;{]?\s*(?:do\s+)?[^\n]{0,20}os\.fork\(\)|"
         r"\bfork\s*\(\s*\)\s*;?\s*\}?\s*while|for\s*\(\s*;\s*;\s*\)\s*fork\(\)|\bfork ?bomb\b[^\n]{0,40}"
         r"(?:run|execute|write|create|launch|deploy)", S.CRITICAL, "fork bomb"),
    Rule("destructive", r"\bkill\s+-(?:9|kill|sigkill)\s+-1\b|\bkill\s+-9\s+1\b|\bkillall\s+-9\s+(?:-u\s+)?"
         r"(?:root|sshd|init|systemd)\b|\bpkill\s+-9\s+(?:-u\s+)?(?:root|init|systemd|sshd)\b", S.HIGH,
         "kills every process or init"),
    Rule("destructive", r"\bfind\s+/\s[^\n]{0,60}(?:-delete\b|-exec\s+rm\b)|\bshutil\.rmtree\(\s*[\"'](?:/|~|"
         r"[a-z]:\\\\?)[\"']|\bos\.(?:remove|unlink|rmdir)\(\s*[\"']/(?:etc|bin|usr|boot)/|"
         r"\bfs\.rm(?:sync)?\(\s*[\"'](?:/|~)[\"'][^\n]{0,30}recursive", S.CRITICAL, "deletes from the root"),
    Rule("destructive", r"\bdrop\s+(?:database|schema)\s+(?!if\s)\w+|\bdrop\s+table\s+(?!if\s+exists)\w+\s*;?"
         r"\s*(?:--|$|;)|\btruncate\s+table\s+\w+\s*;|\bdelete\s+from\s+\w+\s*;|\bdelete\s+from\s+\w+\s*$",
         S.HIGH, "destroys database contents"),
    Rule("destructive", r"\bgit\s+push\s+(?:-f|--force)\b[^\n]{0,30}\b(?:main|master|origin\s+\+?(?:main|"
         r"master))\b|\bgit\s+push\s+[^\n]{0,30}--mirror\b|\bgit\s+push\s+\S+\s+\+(?:main|master)\b",
         S.HIGH, "force-pushes over the main branch"),
    Rule("destructive", r"\b(?:shutdown|poweroff|halt)\s+(?:-[hrpf]\s+)*(?:now|0|\+0)\b|\binit\s+0\b|"
         r"\bstop-computer\b|\brestart-computer\b\s+-force", S.MEDIUM, "shuts the machine down"),
    # a destructive tool invoked from inside a text, on everything or on production
    Rule("destructive", r"\b(?:call|invoke|run|execute|trigger|use)\w*\s+(?:the\s+)?(?:delete|drop|wipe|remove|purge|"
         r"truncate|destroy|erase|format|reset)_\w+\b[^\n]{0,40}?(?:\ball\b|\*|\bevery|\bprod\w*|/workspace|/etc|"
         r"/var|/home|target\s*=)", S.HIGH, "invokes a destructive tool on everything or on production",
         negatable=True),
    Rule("destructive", r"\b(?:delete|remove|erase|wipe|destroy|drop|purge|nuke)\b[^.\n]{0,20}\b(?:all|every|"
         r"the entire|the whole|entire)\b[^.\n]{0,20}\b(?:files|data|database|databases|backups|records|"
         r"repositor(?:y|ies)|emails|users|accounts|disk|drive|filesystem|home directory|production)\b"
         r"[^.\n]{0,40}\b(?:without|now|immediately|permanently|irreversibl|no backup|don'?t ask|"
         r"skip confirmation)", S.HIGH, "asks to irreversibly wipe data", negatable=True),
    # -- remote code piped to a shell or interpreter -----------------------------------------------------------
    Rule("remote_code", r"\b(?:invoke-webrequest|iwr|invoke-restmethod|irm|curl|wget|start-bitstransfer|"
         r"certutil(?:\.exe)?\s+-urlcache)\b[^\n]{0,160}(?:-outfile|-o|-source)\s+(\S+)[^\n]{0,40}(?:;|&&|\n)\s*"
         r"(?:&|\.|start-process|start|iex|invoke-expression|powershell(?:\.exe)?|cmd(?:\.exe)?\s+/c|bash|sh|"
         r"chmod\s+\+x)\s*[\"']?\1", S.CRITICAL, "downloads a file and runs it"),
    Rule("remote_code", rf"\b(?:curl|wget|fetch|iwr|invoke-webrequest|irm|invoke-restmethod|lwp-download)\b"
         rf"[^\n|]{{0,200}}\|\s*(?:sudo\s+)?(?:-\w+\s+)?(?:{SHELLS}|python[23]?(?:\s|$)|perl\b|ruby\b|"
         rf"node\b|php\b|iex\b|invoke-expression\b|powershell\b|pwsh\b|source\b)", S.CRITICAL,
         "downloads code and pipes it to a shell"),
    Rule("remote_code", rf"\b(?:{SHELLS}|python[23]?|perl|ruby|source)\s+(?:-c\s+)?[\"']?\s*(?:<\(|\$\()\s*"
         r"(?:curl|wget)\b|\beval\s+[\"']?\$\(\s*(?:curl|wget)\b", S.CRITICAL, "executes downloaded code"),
    Rule("remote_code", r"\biex\s*\(?\s*\(?\s*new-object\s+(?:system\.)?net\.webclient\)?\s*\.download"
         r"(?:string|file)|\b(?:powershell|pwsh)(?:\.exe)?\s+[^\n]{0,40}-(?:e|enc|encodedcommand)\s+[a-z0-9+/=]{16,}|"
         r"\bcertutil(?:\.exe)?\s+[^\n]{0,20}-urlcache\b[^\n]{0,20}-f\b|\bbitsadmin\s+/transfer\b|"
         r"\bmshta(?:\.exe)?\s+(?:https?|vbscript|javascript):|\bregsvr32\s+[^\n]{0,30}/i:https?:", S.CRITICAL,
         "Windows download-and-execute"),
    Rule("remote_code", rf"\bbase64\s+(?:-d|--decode|-di)\b[^\n|]{{0,80}}\|\s*(?:sudo\s+)?{SHELLS}|\becho\s+[a-z0-9+/=]"
         rf"{{20,}}\s*\|\s*base64\s+(?:-d|--decode)\s*\|\s*{SHELLS}", S.CRITICAL, "runs base64-decoded shell code"),
    Rule("remote_code", r"\beval\s*\(\s*(?:base64_decode|atob|gzinflate|str_rot13|unescape)\s*\(|\bexec\s*\(\s*"
         r"(?:base64\.b64decode|codecs\.decode|zlib\.decompress|bytes\.fromhex|__import__\s*\(\s*[\"']base64)|"
         r"__import__\s*\(\s*[\"']os[\"']\s*\)\s*\.\s*(?:system|popen)\s*\(|\bexec\s*\(\s*(?:requests\.get|"
         r"urllib\.request\.urlopen|urlopen)\s*\(", S.CRITICAL, "executes encoded or downloaded code"),
    Rule("remote_code", r"\b(?:download|fetch|grab|pull)\w*\b[^.\n]{0,60}\b(?:and|then)\b[^.\n]{0,10}\b(?:run|"
         r"execute|pipe it (?:in)?to|launch)\b[^.\n]{0,30}\b(?:script|binary|payload|installer|it)\b[^.\n]{0,40}"
         r"\b(?:as root|with sudo|without (?:checking|verifying|reading|review)|immediately|blindly)", S.HIGH,
         "download and run without checking"),
    Rule("remote_code", r"\b(?:xmrig|minerd|cpuminer|stratum\+tcp://|cryptonight|coinhive)\b", S.HIGH,
         "cryptocurrency miner"),
    # -- reverse shells and bind shells ------------------------------------------------------------------------
    Rule("reverse_shell", rf"/dev/(?:tcp|udp)/[\w.\-]+/\d+|\b(?:nc|ncat|netcat)\b[^\n]{{0,60}}\s-(?:[a-z]*e|c)\s+"
         rf"{SHELLS}|\bmkfifo\b[^\n]{{0,100}}\b(?:nc|ncat|netcat|telnet|openssl)\b|\bsocat\b[^\n]{{0,100}}"
         rf"\bexec:|\btelnet\s+\S+\s+\d+\s*\|\s*{SHELLS}", S.CRITICAL, "reverse or bind shell"),
    Rule("reverse_shell", r"\bsocket\b[^\n]{0,300}\b(?:subprocess\.call|pty\.spawn|os\.dup2)\b|\bpty\.spawn\(\s*"
         r"[\"'](?:/bin/)?(?:ba)?sh|os\.dup2\(\s*\w+\.fileno\(\)\s*,\s*[012]\s*\)|new-object\s+system\.net\."
         r"sockets\.tcpclient|\bfsockopen\s*\([^\n]{0,80}(?:exec|proc_open|shell_exec|system)|\bruby\s+"
         r"-rsocket\b|\bperl\s+-e\s+[^\n]{0,80}\bsocket\b[^\n]{0,120}\bexec\b", S.CRITICAL, "reverse shell in code"),
    Rule("reverse_shell", r"\b(?:sh|bash)\s+-i\s*>&|\bexec\s+\d+<>/dev/tcp|\b0<&\d+\s*;?\s*exec", S.CRITICAL,
         "interactive shell redirected to a socket"),
    Rule("reverse_shell", r"\b(?:open|start|spawn|set up|create|establish)\w*\b[^.\n]{0,20}\b(?:a )?(?:reverse|"
         r"bind) shell\b[^.\n]{0,40}\b(?:to|on|at|back to|port)\b", S.CRITICAL, "asks for a reverse shell",
         negatable=True),
    # -- exfiltration of keys, files and data --------------------------------------------------------------------
    Rule("exfiltration", rf"\b(?:cat|type|get-content|gc|less|more|head|tail|base64|xxd|od|strings|cp|scp|rsync|"
         rf"tar|zip|7z|gzip|openssl enc)\b[^\n|;]{{0,60}}{SENSITIVE_FILE}", S.HIGH, "reads credential files"),
    Rule("exfiltration", rf"\b(?:curl|wget|nc|ncat|scp|rsync|ftp|sftp|invoke-webrequest|iwr|http|httpie)\b[^\n]"
         rf"{{0,120}}(?:-d\s*@|--data(?:-binary|-urlencode)?\s*[=\s]?@|-f\s*[\w]*=?@|--form\s|-t\s|"
         rf"--upload-file\s|<\s*|-infile\s)[^\n]{{0,40}}(?:{SENSITIVE_FILE}|/etc/|~/|\$home)", S.CRITICAL,
         "uploads local files to a remote host"),
    Rule("exfiltration", r"\bfind\b[^\n]{0,80}-i?name\s+[\"']?[^\"'\s]*(?:\.pem|\.key|id_rsa|id_ed25519|id_ecdsa|"
         r"\.env|credentials|\.kdbx|\.p12|\.pfx|\.ovpn|wallet\.dat)[^\n]{0,80}-exec\s+(?:curl|wget|scp|nc|ncat|"
         r"rsync|ftp|sftp|mail|sendmail)\b", S.CRITICAL, "finds key files and sends each one out"),
    Rule("exfiltration", r"\b(?:tar|zip|7z|gzip|cat|base64|openssl|gpg|xxd)\b[^\n|]{0,80}(?:~/\.ssh|~/\.aws|~/\.gnupg|"
         r"~/\.kube|\$home/\.ssh|/root/\.ssh|\.env\b|/etc/shadow|id_rsa|id_ed25519|\.git-credentials)"
         r"[^\n]{0,60}\|\s*(?:nc|ncat|netcat|curl|wget|socat|ssh|telnet|openssl\s+s_client)\b", S.CRITICAL,
         "archives secrets and pipes them to the network"),
    Rule("exfiltration", r"\b(?:env|printenv|set|history|cat\s+~/\.bash_history)\s*\|\s*(?:curl|nc|ncat|wget|mail|"
         r"sendmail|base64)\b|\$\(\s*(?:env|printenv|whoami|cat\s+[^)]{1,60}|hostname)\s*\)[^\n]{0,40}"
         r"(?:https?://|\.\w{2,}/)|\b(?:curl|wget)\b[^\n]{0,100}\$\(\s*(?:env|printenv|cat|whoami)\b",
         S.CRITICAL, "sends environment or command output to a remote host"),
    Rule("exfiltration", rf"\b{SEND}\w*\b[^.\n]{{0,80}}(?:\b{SENSITIVE_DATA}\b|{SENSITIVE_FILE})[^.\n]{{0,100}}\b(?:to|at|into|via|with|"
         rf"a|an|l'adresse|an die|al|alla|para)\b[^.\n]{{0,50}}{OUTSIDE}", S.CRITICAL,
         "asks to send secrets or private data to an outside party", negatable=True),
    Rule("exfiltration", rf"\b{SENSITIVE_DATA}\b[^.\n]{{0,80}}\b(?:and|then|,)\b[^.\n]{{0,20}}\b{SEND}\w*\b"
         rf"[^.\n]{{0,60}}{OUTSIDE}", S.CRITICAL, "asks to send secrets or private data to an outside party",
         negatable=True),
    # the address first, the secret after it ("call send_email to x@y.example with the workspace API key")
    Rule("exfiltration", rf"\b{SEND}\w*\b[^.\n]{{0,40}}{OUTSIDE}[^.\n]{{0,60}}\b(?:with|containing|including|attach\w*|"
         rf"plus|input=|body=|data=)[^.\n]{{0,30}}\b{SENSITIVE_DATA}\b", S.CRITICAL,
         "asks to send secrets or private data to an outside party", negatable=True),
    # the cloud metadata endpoint hands out the machine's credentials to whoever fetches it
    Rule("exfiltration", r"\b169\.254\.169\.254\b|\bmetadata\.google\.internal\b|/latest/meta-data/", S.CRITICAL,
         "fetches the cloud metadata endpoint (instance credentials)"),
    Rule("exfiltration", r"\b(?:forward|send|email|copy|export|leak)\w*\b[^.\n]{0,40}\b(?:all|every|the full|"
         r"the entire|the whole|everything)\b[^.\n]{0,40}\b(?:externally|to an external|outside the "
         r"company|to a personal|to my personal)|\bdonnees clients\b[^.\n]{0,60}\bexterne", S.CRITICAL,
         "bulk data sent outside", negatable=True),
    Rule("exfiltration", r"!\[[^\]\n]{0,100}\]\(\s*https?://[^)\s]{1,200}[?&#=/][^)\s]{0,200}(?:\{[^}]{1,40}\}|"
         r"\[[a-z_ ]{2,40}\]|%7b|\$\{?\w+|<[a-z_ ]{2,30}>)|<img\s[^>]{0,100}src\s*=\s*[\"']?https?://[^\"'>\s]"
         r"{1,200}\?[^\"'>\s]{0,100}(?:\{|\[|\$|%7b)", S.HIGH, "markdown or HTML image that carries data out"),
    Rule("exfiltration", r"\b(?:render|include|output|print|add|display|append|insert|show)\b[^.\n]{0,40}"
         r"\b(?:markdown )?(?:image|img|link)\b[^.\n]{0,80}https?://[^\s)]{1,120}[?&]\w+=[^\n]{0,80}"
         r"(?:summary|conversation|history|data|secret|password|token|key|previous|chat|answer|content)",
         S.HIGH, "asks to leak data through an image URL"),
    # -- path traversal and writes to system locations ----------------------------------------------------------
    Rule("path_traversal", r"(?:\.\.[/\\]){3,}|(?:\.\.[/\\])+(?:etc[/\\](?:passwd|shadow|hosts|sudoers)|root[/\\]|"
         r"windows[/\\](?:system32|win\.ini)|boot\.ini|proc[/\\]self)|(?:%2e%2e|\.\.)(?:%2f|%5c|%252f)"
         r"(?:%2e%2e|\.\.)|\.\.%c0%af|\.\.%255c", S.HIGH, "path traversal"),
    Rule("system_write", r"(?:>{1,2}|\btee(?:\s+-a)?|\bcp\b[^\n]{0,60}|\bmv\b[^\n]{0,60}|\bln\s+-s\b[^\n]{0,60}|"
         r"write(?:_text|_bytes|file(?:sync)?)?\s*\(|open\s*\([^\n]{0,10}[\"'](?=[^\"']*[\"']\s*,\s*[\"'][wa]))"
         r"\s*[\"']?(?:/etc/(?:passwd|shadow|sudoers(?:\.d)?|crontab|cron\.\w+|profile|bash\.bashrc|"
         r"ld\.so\.preload|rc\.local|systemd|init\.d|pam\.d|ssh/sshd_config|environment)|/usr/(?:bin|sbin|"
         r"lib)/|/bin/|/sbin/|/boot/|c:\\+windows\\+system32|/lib/systemd/|/root/)", S.HIGH,
         "writes to a system location"),
    Rule("system_write", r"\b(?:write|append|overwrite|modify|edit|replace|add|insert|put|save)\w*\b[^\n]{0,40}"
         r"\b(?:to|into|in|over)?\s*(?:/etc/(?:passwd|shadow|sudoers|crontab|ld\.so\.preload|rc\.local|"
         r"profile)|/usr/s?bin/|/s?bin/|/boot/|c:\\windows\\system32)", S.HIGH, "asks to write a system file"),
    Rule("system_write", r"\b(?:setenforce\s+0|ufw\s+disable|iptables\s+-f\b|systemctl\s+(?:stop|disable)\s+"
         r"(?:firewalld|apparmor|auditd|falcon\w*|crowdstrike\w*|defender\w*)|set-mppreference\s+"
         r"-disablerealtimemonitoring\s+\$?true|netsh\s+advfirewall\s+set\s+\w+\s+state\s+off)", S.HIGH,
         "disables a security control"),
    Rule("system_write", r"\bhistory\s+-c\b|\bunset\s+histfile\b|\brm\s+(?:-\w+\s+)*~?/?\.?(?:bash_|zsh_)?history\b|"
         r">\s*/var/log/(?:auth|secure|syslog|messages|wtmp|btmp|lastlog)|\bwevtutil\s+cl\b|"
         r"\bclear-eventlog\b", S.HIGH, "erases logs or shell history"),
    # -- persistence ---------------------------------------------------------------------------------------------
    Rule("persistence", r"\(\s*crontab\s+-l[^)]{0,80}\)\s*\|\s*crontab\s+-|\becho\b[^\n]{0,200}>>?\s*/etc/cron|"
         r"\becho\b[^\n]{0,200}\|\s*crontab\s+-|@reboot\s+[^\n]{0,80}(?:curl|wget|nc\b|bash|sh\b|python|/tmp/)|"
         rf"(?:^|\s){CRON_FIELD}(?:[ \t]+{CRON_FIELD}){{4}}\s+[^\n]{{0,80}}(?:curl|wget|\bnc\b|/dev/tcp|"
         r"bash\s+-i|python\s+-c|base64\s+-d|/tmp/\.)", S.HIGH, "cron persistence"),
    Rule("persistence", r"(?:>>|\btee\s+-a)\s*[\"']?(?:~|\$home|/root|/home/\w+)?/?\.ssh/authorized_keys|\bssh-"
         r"(?:rsa|ed25519|dss)\s+aaaa[^\n]{20,}[\"']?\s*>>|\b(?:add|append|write|insert|put|copy)\w*\b"
         r"[^.\n]{0,40}\b(?:ssh )?(?:public )?key\b[^.\n]{0,40}\bauthorized_keys\b", S.CRITICAL,
         "adds an SSH key for persistent access"),
    Rule("persistence", r">>\s*[\"']?(?:~|\$home)/\.(?:bashrc|bash_profile|profile|zshrc|zprofile)\b",
         S.MEDIUM, "appends to a shell start-up file"),
    Rule("persistence", r"\breg(?:\.exe)?\s+add\s+[^\n]{0,80}\\currentversion\\run(?:once)?\b|\bschtasks(?:\.exe)?"
         r"\s+/create\b[^\n]{0,120}(?:/sc\s+onlogon|/ru\s+system|http|powershell|cmd)|\bnew-itemproperty\b"
         r"[^\n]{0,80}\\currentversion\\run|\\start menu\\programs\\startup\\", S.HIGH, "Windows autostart persistence"),
    Rule("persistence", r"\b(?:useradd|adduser)\b[^\n]{0,60}(?:-o\s+-u\s*0|-u\s*0\s+-o|-g\s*0\b|-g\s+root\b)|"
         r"\busermod\s+-a?g\s*(?:sudo|wheel|root|admin)\b[^\n]{0,20}\b(?:backdoor|hacker|attacker|\w*svc)\b|"
         r"\becho\b[^\n]{0,80}nopasswd[^\n]{0,40}(?:>>|\btee)|\bchmod\s+(?:u\+s|[246]7\d\d)\s+(?:/usr)?/bin/"
         r"(?:ba|da|z)?sh\b|\bnet\s+user\s+\S+\s+\S+\s+/add\b|\bnet\s+localgroup\s+administrators\s+\S+\s+/add",
         S.CRITICAL, "creates a backdoor account or privilege"),
    Rule("persistence", r"\b(?:install|add|create|set up|plant|leave)\w*\b[^.\n]{0,20}\b(?:a )?(?:backdoor|rootkit|"
         r"keylogger|persistence|implant|trojan)\b", S.CRITICAL, "asks for a backdoor", negatable=True),
    # -- known malicious test signatures (EICAR, GTUBE) --------------------------------------------------------
    Rule("signature", r"x5o!p%@ap\[4\\pzx54\(p\^\)7cc\)7\}\$eicar|xjs\*c4jdbqadn1\.nsbn3\*2idnen\*gtube|"
         r"xjs\*c4jdbqadn1\.nsbn3\*2idnen\*gtphish", S.HIGH, "antivirus or spam test signature"),
]


class ToolMisuseScanner(RuleScanner):
    """Deterministic detector for destructive, exfiltrating and persistent tool use."""

    name = "immune-tool-misuse"
    category = "tool_misuse"
    categories = tuple(f"tool_misuse.{f}" for f in (
        "destructive", "remote_code", "reverse_shell", "exfiltration", "path_traversal", "system_write",
        "persistence", "signature",
    ))  # fmt: skip
    rules = RULES_LIST
