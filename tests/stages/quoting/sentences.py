"""Hand-parsed sentences (written for these tests) for the quote stage tests."""

DIRECT = """
“ PUNCT `` " punct 10 -
We PRON PRP we nsubj 4
will AUX MD will aux 4
not PART RB not neg 4
back VERB VB back ccomp 10
down ADP RP down prt 4 -
, PUNCT , , punct 10 -
” PUNCT '' " punct 10
Maria PROPN NNP Maria compound 9 B-PERSON
Lopez PROPN NNP Lopez nsubj 10 I-PERSON
said VERB VBD say ROOT 10
on ADP IN on prep 10
Friday PROPN NNP Friday pobj 11 -
. PUNCT . . punct 10 -
"""

MULTI_PARAGRAPH = """
“ PUNCT `` " punct 4 -
The DET DT the det 2
harbour NOUN NN harbour nsubj 4
will AUX MD will aux 4
reopen VERB VB reopen ROOT 4
next ADJ JJ next amod 6
month NOUN NN month npadvmod 4 -
. PUNCT . . punct 4 -
\\n SPACE _SP \\n dep 7
“ PUNCT `` " punct 13 -
Ships NOUN NNS ship nsubj 13
are AUX VBP be aux 13
already ADV RB already advmod 13
waiting VERB VBG wait ccomp 19
outside ADV RB outside advmod 13 -
, PUNCT , , punct 19 -
” PUNCT '' " punct 19
the DET DT the det 18
mayor NOUN NN mayor nsubj 19
said VERB VBD say ROOT 19 -
. PUNCT . . punct 19 -
"""

PARTIAL = """
The DET DT the det 1
minister NOUN NN minister nsubj 2
urged VERB VBD urge ROOT 2
both DET DT both det 4
sides NOUN NNS side dobj 2
to PART TO to aux 7
“ PUNCT `` " punct 7 -
show VERB VB show xcomp 2
restraint NOUN NN restraint dobj 7 -
” PUNCT '' " punct 7
during ADP IN during prep 7
the DET DT the det 12
talks NOUN NNS talk pobj 10 -
. PUNCT . . punct 2 -
"""

INDIRECT = """
Lopez PROPN NNP Lopez nsubj 1
said VERB VBD say ROOT 1
the DET DT the det 3
agreement NOUN NN agreement nsubjpass 6
would AUX MD would aux 6
be AUX VB be auxpass 6
signed VERB VBN sign ccomp 1
next ADJ JJ next amod 8
week NOUN NN week npadvmod 6 -
. PUNCT . . punct 1 -
"""

ACCORDING_TO = """
The DET DT the det 1
talks NOUN NNS talk nsubj 3
have AUX VBP have aux 3
stalled VERB VBN stall ROOT 3 -
, PUNCT , , punct 3
according VERB VBG accord prep 3
to ADP IN to prep 5
two NUM CD two nummod 8
diplomats NOUN NNS diplomat pobj 6 -
. PUNCT . . punct 3 -
"""

TOLD_OUTLET = """
Two NUM CD two nummod 1
officials NOUN NNS official nsubj 2
told VERB VBD tell ROOT 2
Reuters PROPN NNP Reuters dobj 2 B-ORG
the DET DT the det 5
plan NOUN NN plan nsubjpass 8
had AUX VBD have aux 8
been AUX VBN be auxpass 8
dropped VERB VBN drop ccomp 2 -
. PUNCT . . punct 2 -
"""

IN_A_STATEMENT = """
In ADP IN in prep 6
a DET DT a det 2
statement NOUN NN statement pobj 0 -
, PUNCT , , punct 6
the DET DT the det 5
ministry NOUN NN ministry nsubj 6
condemned VERB VBD condemn ROOT 6
the DET DT the det 8
attack NOUN NN attack dobj 6
on ADP IN on prep 8
the DET DT the det 11
convoy NOUN NN convoy pobj 9 -
. PUNCT . . punct 6 -
"""

READOUT_SAID = """
Norway PROPN NNP Norway poss 2 B-GPE -
’s PART POS ’s case 0
readout NOUN NN readout nsubj 3
said VERB VBD say ROOT 3
the DET DT the det 6
two NUM CD two nummod 6
leaders NOUN NNS leader nsubj 7
agreed VERB VBD agree ccomp 3
to PART TO to aux 9
keep VERB VB keep xcomp 7
talking VERB VBG talk xcomp 9 -
. PUNCT . . punct 3 -
"""

COLON = """
The DET DT the det 1
mayor NOUN NN mayor nsubj 2
told VERB VBD tell ROOT 2
reporters NOUN NNS reporter dobj 2 -
: PUNCT : : punct 2
“ PUNCT `` " punct 2 -
We PRON PRP we nsubj 7
are AUX VBP be ccomp 2
ready ADJ JJ ready acomp 7
for ADP IN for prep 8
the DET DT the det 11
storm NOUN NN storm pobj 9 -
. PUNCT . . punct 2 -
” PUNCT '' " punct 2 -
"""

SPEAKER_LABEL = """
LOPEZ ADJ JJ lopez advmod 3 -
: PUNCT : : punct 3
We PRON PRP we nsubj 3
are AUX VBP be ROOT 3
ready ADJ JJ ready acomp 3
to PART TO to aux 6
talk VERB VB talk xcomp 4
about ADP IN about prep 6
the DET DT the det 9
budget NOUN NN budget pobj 7
today NOUN NN today npadvmod 6 -
. PUNCT . . punct 3 -
"""

NEXT_SENTENCE = """
“ PUNCT `` " punct 3 -
The DET DT the det 2
door NOUN NN door nsubj 3
remains VERB VBZ remain ROOT 3
open ADJ JJ open acomp 3 -
. PUNCT . . punct 3 -
” PUNCT '' " punct 3
The DET DT the det 9
foreign ADJ JJ foreign amod 9
minister NOUN NN minister nsubj 10
said VERB VBD say ROOT 10
this PRON DT this dobj 10
on ADP IN on prep 10
Monday PROPN NNP Monday pobj 12 -
. PUNCT . . punct 10 -
"""

NOT_QUOTES = """
The DET DT the det 6
so ADV RB so advmod 3 -
- PUNCT HYPH - punct 3 -
called VERB VBN call amod 6
“ PUNCT `` " punct 6 -
peace NOUN NN peace compound 6
plan NOUN NN plan nsubj 8 -
” PUNCT '' " punct 6
drew VERB VBD draw ROOT 8
criticism NOUN NN criticism dobj 8 -
. PUNCT . . punct 8
She PRON PRP she nsubj 12
starred VERB VBD star ROOT 12
in ADP IN in prep 12
“ PUNCT `` " punct 13 -
The DET DT the det 18
Long PROPN NNP Long compound 17
Road PROPN NNP Road compound 18
Home PROPN NNP Home pobj 13 -
” PUNCT '' " punct 12
last ADJ JJ last amod 21
year NOUN NN year npadvmod 12 -
. PUNCT . . punct 12
Senator PROPN NNP Senator nmod 28
“ PUNCT `` " punct 26 B-PERSON -
Big PROPN NNP Big compound 26 I-PERSON
Jim PROPN NNP Jim nmod 28 I-PERSON -
” PUNCT '' " punct 28 I-PERSON
Walker PROPN NNP Walker nsubj 29 I-PERSON
voted VERB VBD vote ROOT 29
against ADP IN against prep 29
the DET DT the det 32
bill NOUN NN bill pobj 30 -
. PUNCT . . punct 29 -
"""

PRONOUN = """
Maria PROPN NNP Maria compound 1 B-PERSON
Lopez PROPN NNP Lopez nsubj 2 I-PERSON
spoke VERB VBD speak ROOT 2
to ADP IN to prep 2
reporters NOUN NNS reporter pobj 3
in ADP IN in prep 2
Lima PROPN NNP Lima pobj 5 B-GPE -
. PUNCT . . punct 2 -
\\n SPACE _SP \\n dep 7
“ PUNCT `` " punct 12 -
We PRON PRP we nsubj 12
will AUX MD will aux 12
win VERB VB win ccomp 18
this DET DT this det 14
vote NOUN NN vote dobj 12 -
, PUNCT , , punct 18 -
” PUNCT '' " punct 18
she PRON PRP she nsubj 18
said VERB VBD say ROOT 18 -
. PUNCT . . punct 18 -
"""

CONTINUATION = """
“ PUNCT `` " punct 9 -
The DET DT the det 2
bridge NOUN NN bridge nsubj 3
is AUX VBZ be ccomp 9
unsafe ADJ JJ unsafe acomp 3 -
, PUNCT , , punct 9 -
” PUNCT '' " punct 9
the DET DT the det 8
engineer NOUN NN engineer nsubj 9
said VERB VBD say ROOT 9 -
. PUNCT . . punct 9 -
\\n SPACE _SP \\n dep 10
“ PUNCT `` " punct 16 -
It PRON PRP it nsubjpass 16
should AUX MD should aux 16
be AUX VB be auxpass 16
closed VERB VBN close ROOT 16
today NOUN NN today npadvmod 16 -
. PUNCT . . punct 16 -
” PUNCT '' " punct 16 -
"""

MISMATCHED_MARK = """
“ PUNCT `` " punct 9 -
The DET DT the det 2
price NOUN NN price nsubj 4
will AUX MD will aux 4
fall VERB VB fall ccomp 9
soon ADV RB soon advmod 4 -
, PUNCT , , punct 9 -
“ PUNCT `` " punct 9
Lopez PROPN NNP Lopez nsubj 9
told VERB VBD tell ROOT 9
the DET DT the det 11
committee NOUN NN committee dobj 9 -
. PUNCT . . punct 9 -
"""

NESTED = """
“ PUNCT `` " punct 2 -
They PRON PRP they nsubj 2
called VERB VBD call ccomp 15
it PRON PRP it dobj 2
‘ PUNCT `` ' punct 2 -
a DET DT a det 7
historic ADJ JJ historic amod 7
day NOUN NN day npadvmod 2 -
’ PUNCT '' ' punct 7
for ADP IN for prep 7
the DET DT the det 11
city NOUN NN city pobj 9 -
, PUNCT , , punct 15 -
” PUNCT '' " punct 15
Lopez PROPN NNP Lopez nsubj 15
said VERB VBD say ROOT 15 -
. PUNCT . . punct 15 -
"""

DASH_SIGNATURE = """
“ PUNCT `` " punct 4 -
We PRON PRP we nsubjpass 4
are AUX VBP be auxpass 4
not PART RB not neg 4
done VERB VBN do ROOT 4
yet ADV RB yet advmod 4 -
. PUNCT . . punct 4 -
” PUNCT '' " punct 4
― VERB VBP ― ROOT 8
Maria PROPN NNP Maria compound 10 B-PERSON
Lopez PROPN NNP Lopez nsubj 8 I-PERSON -
"""

REPORT_AFTER = """
The DET DT the det 1
bridge NOUN NN bridge nsubj 3
will AUX MD will aux 3
close VERB VB close ccomp 9
in ADP IN in prep 3
May PROPN NNP May pobj 4 -
, PUNCT , , punct 9
city NOUN NN city compound 8
officials NOUN NNS official nsubj 9
said VERB VBD say ROOT 9
on ADP IN on prep 9
Monday PROPN NNP Monday pobj 10 -
. PUNCT . . punct 9 -
"""

SUBORDINATE_NOT_REPORT = """
Prices NOUN NNS price nsubj 1
rose VERB VBD rise ROOT 1
sharply ADV RB sharply advmod 1
after SCONJ IN after mark 7
the DET DT the det 6
two NUM CD two nummod 6
sides NOUN NNS side nsubj 7
agreed VERB VBD agree advcl 1
to ADP IN to prep 7
a DET DT a det 10
truce NOUN NN truce pobj 8 -
. PUNCT . . punct 1 -
"""
