import json,glob,html,re,os,sys
D='/work/main/eval/dev2'
def text(p):
    t=open(p).read()
    if p.endswith('.html'):
        t=re.sub(r'(?s)<head>.*?</head>','',t); t=re.sub(r'(?s)<script.*?</script>','',t); t=re.sub(r'<[^>]+>',' ',t)
    t=html.unescape(t)
    return re.sub(r'\s+',' ',t)
def n(s): return re.sub(r'\s+',' ',html.unescape(s)).strip()
KEYS=["id","file","lang","published","reference_date","relevant","title","body_must_contain","body_must_not_contain","incidents","meetings","statements","actors"]
types=set(); errs=0; keys={}
for g in sorted(glob.glob(D+'/gold/*.json')):
    d=json.load(open(g)); f=D+'/docs/'+d['file']; assert os.path.exists(f), f
    assert list(d)==KEYS,(g,list(d)); assert d['id']==os.path.basename(g)[:-5]
    T=text(f)
    def chk(s,what):
        global errs
        if s is None: return
        if n(s) not in T: print('MISSING',d['id'],what,repr(s)); errs+=1
    for s in d['body_must_contain']: chk(s,'must')
    a=T.find(n(d['body_must_contain'][0])); b=T.find(n(d['body_must_contain'][1]))+len(n(d['body_must_contain'][1]))
    assert 0<=a<b, d['id']
    body=T[a:b]
    for s in d['body_must_not_contain']:
        if n(s) not in T: print('CHROME ABSENT',d['id'],s); errs+=1
        if n(s) in body: print('CHROME IN BODY',d['id'],s); errs+=1
    chk(d['title'],'title')
    for i in d['incidents']:
        assert i['kind'] in ('forced_return','detention','arrest'); chk(i['evidence'],'inc')
        if n(i['evidence']) not in body: print('inc ev outside body',d['id'],i['evidence'][:40]); errs+=1
        assert set(i)=={"kind","count","when","where","crossing","from_country","to_country","reported_by","event_key","evidence"}
        keys.setdefault(i['event_key'],[]).append(d['id'])
    for m in d['meetings']: chk(m['evidence'],'meet')
    for s in d['statements']:
        assert s['type'] in 'concern criticize urge defend deny pledge decline'.split(); assert s['topic'] in ('forced_return','other')
        chk(s['evidence'],'stmt'); chk(s['quote'],'quote'); types.add(s['type'])
        if n(s['evidence']) not in body: print('stmt ev outside body',d['id'],s['evidence'][:40]); errs+=1
    for x in d['actors']: assert x['kind'] in ('person','organization','government')
    print(d['id'], d['published'], d['relevant'], 'inc',len(d['incidents']),'meet',len(d['meetings']),'stmt',len(d['statements']),'act',len(d['actors']), 'bodywords',len(body.split()))
print('types',sorted(types)); print('errs',errs)
for k,v in keys.items():
    if len(v)>1: print('shared',k,v)
