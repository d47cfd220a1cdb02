"""Hand-parsed sentences (written for these tests): reported clauses holding partial quotes,
kinds of quoted stretches, and speakers the parse hides."""

# the quoted word is the clause's predicate: one attribution, the partial quote
PREDICATE_PARTIAL = """
Officials NOUN NNS official nsubj 1
said VERB VBD say ROOT 1
Ruiz PROPN NNP Ruiz nsubj 4 B-PERSON
“ PUNCT `` " punct 4 -
welcomed VERB VBD welcome ccomp 1 -
” PUNCT '' " punct 4
the DET DT the det 7
visit NOUN NN visit dobj 4
to ADP IN to prep 7
Lima PROPN NNP Lima pobj 8 B-GPE -
. PUNCT . . punct 1 -
"""

# the quote is an adjunct ending the clause: the clause says more, and is cut before the quote
ADJUNCT_PARTIAL = """
The DET DT the det 1
ministry NOUN NN ministry nsubj 2
said VERB VBD say ROOT 2
the DET DT the det 4
talks NOUN NNS talk nsubjpass 7
could AUX MD could aux 7
be AUX VB be auxpass 7
extended VERB VBN extend ccomp 2
“ PUNCT `` " punct 9 -
depending VERB VBG depend advcl 7
on ADP IN on prep 9
progress NOUN NN progress pobj 10 -
. PUNCT . . punct 2 -
” PUNCT '' " punct 2
"""

# after a copula the quote is the predicate
COPULA_PARTIAL = """
Petrov PROPN NNP Petrov nsubj 1 B-PERSON
said VERB VBD say ROOT 1
the DET DT the det 3
reports NOUN NNS report nsubj 4
were AUX VBD be ccomp 1
“ PUNCT `` " punct 4 -
not PART RB not neg 4
true ADJ JJ true acomp 4 -
. PUNCT . . punct 1 -
” PUNCT '' " punct 1
"""

# "rejected the accusations" points back at a statement; "declined to comment" says nothing
REFERENCES = """
Iran PROPN NNP Iran nsubj 1 B-GPE
rejected VERB VBD reject ROOT 1
the DET DT the det 3
accusations NOUN NNS accusation dobj 1 -
. PUNCT . . punct 1
The DET DT the det 6
embassy NOUN NN embassy nsubj 7
declined VERB VBD decline ROOT 7
to PART TO to aux 9
comment VERB VB comment xcomp 7 -
. PUNCT . . punct 7
Iran PROPN NNP Iran nsubj 12 B-GPE
criticized VERB VBD criticize ROOT 12
the DET DT the det 15
new ADJ JJ new amod 15
sanctions NOUN NNS sanction dobj 12 -
. PUNCT . . punct 12
Lima PROPN NNP Lima nsubj 18 B-GPE
rejected VERB VBD reject ROOT 18
that SCONJ IN that det 20
demand NOUN NN demand dobj 18 -
. PUNCT . . punct 18
Quito PROPN NNP Quito nsubj 23 B-GPE
declined VERB VBD decline ROOT 23
to PART TO to aux 25
say VERB VB say xcomp 23
whether SCONJ IN whether mark 28
it PRON PRP it nsubj 28
had AUX VBD have aux 28
left VERB VBN leave ccomp 25
the DET DT the det 30
pact NOUN NN pact dobj 28 -
. PUNCT . . punct 23 -
"""

# a quoted predicate right after its subject, closed before the cue: direct
SUBJECT_THEN_QUOTE = """
The DET DT the det 1
call NOUN NN call nsubj 3
“ PUNCT `` " punct 3 -
ended VERB VBD end ccomp 10
in ADP IN in prep 3
a DET DT a det 6
deal NOUN NN deal pobj 4 -
, PUNCT , , punct 10 -
” PUNCT '' " punct 10
Ruiz PROPN NNP Ruiz nsubj 10 B-PERSON
wrote VERB VBD write ROOT 10 -
. PUNCT . . punct 10 -
"""

# a direct sentence broken by its cue, and an exclamation
RESUMED = """
“ PUNCT `` " punct 7 -
We PRON PRP we nsubj 2
are AUX VBP be ccomp 7
ready ADJ JJ ready acomp 2 -
, PUNCT , , punct 7 -
” PUNCT '' " punct 7
she PRON PRP she nsubj 7
added VERB VBD add ROOT 7 -
, PUNCT , , punct 7
“ PUNCT `` " punct 12 -
but CCONJ CC but cc 12
money NOUN NN money nsubj 12
is AUX VBZ be conj 7
short ADJ JJ short acomp 12 -
. PUNCT . . punct 7 -
” PUNCT '' " punct 7
Crowds NOUN NNS crowd nsubj 17
shouted VERB VBD shout ROOT 17
“ PUNCT `` " punct 19 -
Go VERB VB go ccomp 17
home ADV RB home advmod 19 -
! PUNCT . ! punct 19 -
” PUNCT '' " punct 17
"""

# the inner verb's subject is no speaker: the words are the army's
INNER_CUE = """
The DET DT the det 1
army NOUN NN army nsubj 2
said VERB VBD say ROOT 2
its PRON PRP$ its poss 4
troops NOUN NNS troop nsubj 5
responded VERB VBD respond ccomp 2
“ PUNCT `` " punct 7 -
in ADP IN in prep 5
kind NOUN NN kind pobj 7 -
. PUNCT . . punct 2 -
” PUNCT '' " punct 2
"""

# a dateline parsed as a second subject, and "quoted X as saying"
DATELINE = """
LIMA PROPN NNP LIMA nsubj 3 B-GPE
— PUNCT : — punct 3
Peru PROPN NNP Peru nsubj 3 B-GPE
said VERB VBD say ROOT 3
it PRON PRP it nsubj 6
would AUX MD would aux 6
take VERB VB take ccomp 3
“ PUNCT `` " punct 9 -
firm ADJ JJ firm amod 9
steps NOUN NNS step dobj 6 -
” PUNCT '' " punct 9 -
. PUNCT . . punct 3
It PRON PRP it nsubj 13
quoted VERB VBD quote ROOT 13
Silva PROPN NNP Silva dobj 13 B-PERSON
as ADP IN as prep 13
saying VERB VBG say pcomp 15
ties NOUN NNS tie nsubj 18
were AUX VBD be ccomp 16
“ PUNCT `` " punct 18 -
warm ADJ JJ warm acomp 18 -
” PUNCT '' " punct 18 -
. PUNCT . . punct 13 -
"""

# "said X would not cause 'harm' and accused Y": the past verb is coordinated with "said"
MODAL_CONJ = """
The DET DT the det 1
ministry NOUN NN ministry nsubj 2
said VERB VBD say ROOT 2
the DET DT the det 4
dam NOUN NN dam nsubj 7
would AUX MD would aux 7
not PART RB not neg 7
cause VERB VB cause ccomp 2
“ PUNCT `` " punct 9 -
harm NOUN NN harm dobj 7 -
” PUNCT '' " punct 9
and CCONJ CC and cc 7
accused VERB VBD accuse conj 7
Cairo PROPN NNP Cairo dobj 12 B-GPE
of ADP IN of prep 12
seeking VERB VBG seek pcomp 14
a DET DT a det 18
“ PUNCT `` " punct 18 -
monopoly NOUN NN monopoly dobj 15 -
” PUNCT '' " punct 18 -
. PUNCT . . punct 2 -
"""

# a quoted adjective under a cue is the speaker's word, not a scare quote
QUOTED_ADJECTIVE = """
The DET DT the det 1
ministry NOUN NN ministry nsubj 2
said VERB VBD say ROOT 2
guards NOUN NNS guard nsubj 4
acted VERB VBD act ccomp 2
in ADP IN in prep 4
a DET DT a det 10
“ PUNCT `` " punct 10 -
restrained ADJ JJ restrained amod 10 -
” PUNCT '' " punct 10
manner NOUN NN manner pobj 5 -
. PUNCT . . punct 2 -
"""

# "..., analysts said": the reporting verb is "said", not the verb of the report
ANALYSTS_SAID = """
Prices NOUN NNS price nsubj 2
could AUX MD could aux 2
respond VERB VB respond ccomp 7
to ADP IN to prep 2
demand NOUN NN demand pobj 3 -
, PUNCT , , punct 7
analysts NOUN NNS analyst nsubj 7
said VERB VBD say ROOT 7 -
. PUNCT . . punct 7 -
"""

# an apposed name is a subject a later pronoun may stand for
APPOSED_NAME = """
The DET DT the det 1
minister NOUN NN minister nsubj 6 -
, PUNCT , , punct 1
Ana PROPN NNP Ana compound 4 B-PERSON
Silva PROPN NNP Silva appos 1 I-PERSON -
, PUNCT , , punct 1
denied VERB VBD deny ROOT 6
it PRON PRP it dobj 6 -
. PUNCT . . punct 6
She PRON PRP she nsubj 10
said VERB VBD say ROOT 10
the DET DT the det 12
officer NOUN NN officer nsubjpass 14
was AUX VBD be auxpass 14
arrested VERB VBN arrest ccomp 10
inside ADP IN inside prep 14
Peru PROPN NNP Peru pobj 15 B-GPE -
. PUNCT . . punct 10 -
"""

# a surname with a particle, after the full name
SURNAME = """
Alberto PROPN NNP Alberto compound 2 B-PERSON
van PROPN NNP van compound 2 I-PERSON
Klaveren PROPN NNP Klaveren nsubj 3 I-PERSON
spoke VERB VBD speak ROOT 3 -
. PUNCT . . punct 3
“ PUNCT `` " punct 7 -
Water NOUN NN water nsubj 7
matters VERB VBZ matter ccomp 12 -
, PUNCT , , punct 12 -
” PUNCT '' " punct 12
van PROPN NNP van compound 11 B-PERSON
Klaveren PROPN NNP Klaveren nsubj 12 I-PERSON
said VERB VBD say ROOT 12 -
. PUNCT . . punct 12 -
"""

# a cue inside quote marks does not report a clause outside them
CUE_IN_QUOTE = """
“ PUNCT `` " punct 2 -
We PRON PRP we nsubj 2
say VERB VBP say ROOT 2 -
” PUNCT '' " punct 2
the DET DT the det 5
plan NOUN NN plan nsubj 6
failed VERB VBD fail ccomp 2 -
. PUNCT . . punct 2 -
"""

# "statements from X said": X speaks
STATEMENTS_FROM = """
Statements NOUN NNS statement nsubj 4
from ADP IN from prep 0
both DET DT both det 3
governments NOUN NNS government pobj 1
said VERB VBD say ROOT 4
trade NOUN NN trade nsubj 7
would AUX MD would aux 7
double VERB VB double ccomp 4 -
. PUNCT . . punct 4 -
"""

# a phrasal cue with its own object: the clause starts after "for", with the "for" object
CALLED_FOR = """
Lee PROPN NNP Lee nsubj 1 B-PERSON
called VERB VBD call ROOT 1
for ADP IN for prep 1
both DET DT both det 4
sides NOUN NNS side pobj 2
to PART TO to aux 7
“ PUNCT `` " punct 7 -
make VERB VB make advcl 1
good ADJ JJ good acomp 7
on ADP RP on prt 7 -
” PUNCT '' " punct 7
the DET DT the det 12
pact NOUN NN pact dobj 7 -
. PUNCT . . punct 1 -
"""

# a transcript quoted whole, one paragraph a turn: labels inside the opening marks, an
# unlabelled quoted paragraph continuing the last speaker, a stage direction in between
TRANSCRIPT = """
" PUNCT `` " punct 1 -
ROE PROPN NNP Roe ROOT 1 B-PERSON -
: PUNCT : : punct 1
We PRON PRP we nsubj 5
will AUX MD will aux 5
vote VERB VB vote ROOT 5
on ADP IN on prep 5
the DET DT the det 8
bill NOUN NN bill pobj 6
today NOUN NN today npadvmod 5 -
. PUNCT . . punct 5 -
\\n SPACE _SP \\n dep 10
" PUNCT `` " punct 16 -
But CCONJ CC but cc 16
the DET DT the det 15
count NOUN NN count nsubj 16
may AUX MD may aux 17
slip VERB VB slip ROOT 17 -
. PUNCT . . punct 17 -
\\n SPACE _SP \\n dep 18
" PUNCT `` " punct 21 -
( PUNCT -LRB- ( punct 21 -
CROSSTALK NOUN NN crosstalk ROOT 21 -
) PUNCT -RRB- ) punct 21 -
. PUNCT . . punct 21 -
\\n SPACE _SP \\n dep 24
" PUNCT `` " punct 26 -
LEE PROPN NNP Lee ROOT 26 B-PERSON -
: PUNCT : : punct 26
Thank VERB VB thank ROOT 28
you PRON PRP you dobj 28
very ADV RB very advmod 31
much ADV RB much advmod 28 -
, PUNCT , , punct 28
governor NOUN NN governor npadvmod 28 -
. PUNCT . . punct 28 -
"""

# "..., on Friday: critics said they were sure": the clause before the colon is not reported
COLON_BEFORE_SPEAKER = """
The DET DT the det 1
deal NOUN NN deal nsubj 2
stirred VERB VBD stir ccomp 6
anger NOUN NN anger dobj 2 -
: PUNCT : : punct 6
critics NOUN NNS critic nsubj 6
said VERB VBD say ROOT 6
the DET DT the det 8
talks NOUN NNS talk nsubj 10
were AUX VBD be aux 10
rushed VERB VBN rush ccomp 6 -
. PUNCT . . punct 6 -
"""

# a section head before a colon is no speaker; a one-word source is
SECTION_HEAD = """
Another DET DT another det 1
challenge NOUN NN challenge ROOT 1 -
: PUNCT : : punct 1
Most ADJ JJS most amod 4
states NOUN NNS state nsubj 5
passed VERB VBD pass ROOT 5
the DET DT the det 7
deadline NOUN NN deadline dobj 5 -
. PUNCT . . punct 5 -
\\n SPACE _SP \\n dep 8
Poll NOUN NN poll ROOT 10 -
: PUNCT : : punct 10
Voters NOUN NNS voter nsubj 13
back VERB VBP back ROOT 13
the DET DT the det 15
mayor NOUN NN mayor dobj 13 -
. PUNCT . . punct 13 -
"""

# a header line parsed as the subject of the next paragraph's verb is no speaker
HEADER_SUBJECT = """
The DET DT the det 1
Latest ADJ JJS late nsubj 5 -
: PUNCT : : punct 5 -
\\n SPACE _SP \\n dep 2
Rivals NOUN NNS rival npadvmod 5
said VERB VBD say ROOT 5
the DET DT the det 7
vote NOUN NN vote nsubjpass 9
was AUX VBD be auxpass 9
rigged VERB VBN rig ccomp 5 -
. PUNCT . . punct 5 -
"""
