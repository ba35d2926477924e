M = []
def E(lang, kinds, auto, note, frm, subj, body, hdrs=None, to=None):
    M.append(dict(lang=lang, kinds=kinds, auto=auto, note=note, frm=frm, subj=subj, body=body, hdrs=hdrs or {}, to=to))
