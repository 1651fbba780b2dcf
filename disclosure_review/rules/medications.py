"""Medication names the engine treats as named clinical specifics.

A maintained list, not an exhaustive formulary: common psychiatric medicines and the
everyday drugs clinicians most often mention, generic and brand names (UK, US and
Australian brands). Add names in lower case; the pattern allows a plural "s".
Drug classes ("antidepressants", "SSRIs") are kept apart: naming a class is general
support talk, naming a drug is not.
"""

from __future__ import annotations

import re

_GENERIC_AND_BRAND_NAMES_TEXT = """
    sertraline zoloft lustral fluoxetine prozac sarafem citalopram celexa cipramil
    escitalopram lexapro cipralex paroxetine paxil seroxat fluvoxamine luvox faverin
    venlafaxine effexor efexor desvenlafaxine pristiq duloxetine cymbalta mirtazapine
    remeron zispin bupropion wellbutrin zyban trazodone desyrel molipaxin vortioxetine
    trintellix brintellix agomelatine valdoxan amitriptyline elavil nortriptyline
    pamelor clomipramine anafranil imipramine tofranil dosulepin dothiepin lofepramine
    phenelzine nardil tranylcypromine parnate moclobemide isocarboxazid reboxetine
    lithium priadel camcolit liskonum lamotrigine lamictal valproate depakote epilim
    depakine carbamazepine tegretol oxcarbazepine trileptal quetiapine seroquel
    olanzapine zyprexa risperidone risperdal aripiprazole abilify clozapine clozaril
    denzapine haloperidol haldol chlorpromazine largactil lurasidone latuda ziprasidone
    geodon paliperidone invega xeplion amisulpride solian sulpiride cariprazine vraylar
    reagila brexpiprazole rexulti flupentixol depixol fluphenazine zuclopenthixol
    diazepam valium lorazepam ativan alprazolam xanax clonazepam klonopin rivotril
    temazepam restoril chlordiazepoxide librium oxazepam nitrazepam zopiclone zimovane
    imovane zolpidem ambien stilnoct zaleplon eszopiclone lunesta buspirone buspar
    pregabalin lyrica gabapentin neurontin propranolol inderal hydroxyzine atarax
    promethazine phenergan melatonin circadin methylphenidate ritalin concerta medikinet
    equasym xaggitin delmosart lisdexamfetamine vyvanse elvanse dexamfetamine dexedrine
    adderall amfexa atomoxetine strattera guanfacine intuniv modafinil provigil
    naltrexone acamprosate campral disulfiram antabuse nalmefene selincro methadone
    physeptone buprenorphine subutex suboxone espranor varenicline champix chantix
    tramadol zydol codeine morphine oxycodone oxycontin endone fentanyl esketamine
    spravato ketamine clonidine prazosin topiramate topamax levetiracetam keppra
    naproxen ibuprofen nurofen paracetamol panadol acetaminophen tylenol prednisolone
    prednisone levothyroxine metformin insulin ozempic semaglutide sumatriptan
    propranolol orlistat mounjaro tirzepatide aspirin disprin co-codamol melatonin
    circadin nexito cipralex lexapro sertaline setraline
"""
GENERIC_AND_BRAND_NAMES: frozenset[str] = frozenset(_GENERIC_AND_BRAND_NAMES_TEXT.split())

_DRUG_CLASSES_TEXT = """
    antidepressant antidepressants ssri ssris snri snris maoi maois antipsychotic
    antipsychotics benzo benzos benzodiazepine benzodiazepines stimulant stimulants
    sleeping-pill sleeping-pills mood-stabiliser mood-stabilisers mood-stabilizer
    mood-stabilizers anxiolytic anxiolytics tranquilliser tranquillisers tranquilizer
    tranquilizers opioid opioids painkiller painkillers
"""
DRUG_CLASSES: frozenset[str] = frozenset(_DRUG_CLASSES_TEXT.split())


def _alternation(words: frozenset[str]) -> str:
    # Longest first so "escitalopram" wins over "citalopram".
    return "|".join(
        sorted((re.escape(w).replace("\\-", "[- ]") for w in words), key=len, reverse=True)
    )


MEDICATION_NAME = re.compile(rf"\b(?:{_alternation(GENERIC_AND_BRAND_NAMES)})s?\b")
DRUG_CLASS = re.compile(rf"\b(?:{_alternation(DRUG_CLASSES)})\b")
