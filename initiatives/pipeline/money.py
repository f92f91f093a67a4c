"""A sum of money, written once for every rule that reads one.

A sum is an amount with its currency: a sign or a code before it ("$2.5 billion",
"A$30 million", "£1bn", "€50m", "EUR 500 million", "UAH 3 billion", "Rs 500 crore",
"R2.1 billion"), or a currency word after it ("1.2 trillion yen", "500 crore rupees",
"500 euros"), or crores, which are rupees ("an outlay of 1,000 crore for roads"). The
scale ("billion", "bn", "m", "crore", "lakh crore"…) belongs to the sum; so do brackets
right after it ("€9bn ($10.2bn)", "€9bn (2024 prices)").

The funding finders (extract_action_forms, _lines, _outputs, _listed, _outcomes,
_payments, _plans), the actions' own readers (extract_actions), the area vocabulary and
the gazetteer's area terms, and the refinements all read sums with `MONEY`: a currency
or a way of writing a sum is added here, once. `AMOUNT` is a sum or a bare number in
billions whose currency the sentence gave before ("… 6.2 trillion won and another 7.3
trillion").
"""

from __future__ import annotations

import re

# Signs before the sum: "$", "€", "₴" (hryvnia), "₵" and "GH¢" (cedi), "₦" (naira), "₱" (peso),
# "₺" (lira), "₽" (rouble), "₫" (dong), "₸" (tenge), "A$", "C$", "NZ$", "HK$", "S$", "NT$", "J$",
# "TT$", "EC$", "FJ$", "R$".
CURRENCY_SIGNS = r"(?:[£€$¥₩₹₴₵₦₱₺₽₫₸]|GH[¢₵]|(?:US|AU|A|CA|C|NZ|HK|S|NT|J|TT|EC|FJ|R)\$)"
# ISO codes before the sum ("NOK 5 billion", "UAH 3 billion"), or after it ("5 billion
# USD"); upper case only, so that "eur" or "cad" in a word is not a currency.
CURRENCY_CODES = (
    r"(?-i:NOK|SEK|DKK|CHF|EUR|USD|GBP|JPY|CAD|AUD|NZD|PLN|CZK|KRW|CNY|RMB|ZAR|BRL|INR|UAH|"
    r"MYR|NGN|KES|GHS|EGP|SAR|AED|IDR|THB|VND|PKR|BDT|MXN|ARS|CLP|HUF|RON|KZT|UZS|SGD|HKD|"
    r"TWD|FJD|PGK|VUV|WST|XOF|XAF|TZS|UGX|ZMW|ETB|QAR|KWD)"
)
# Currency words after the sum: "30 billion euros", "1000 crore rupees", "5 billion kroner".
CURRENCY_WORDS = (
    r"(?:yen|euros?|dollars?|pounds|rupees|kroner|kronor|krone|francs|won|yuan|renminbi|"
    r"rand|reais|pesos|zloty|hryvnias?|shekels|ringgit|naira|cedis|shillings|kwacha|leones|"
    r"tenge|soms?|dinars|dirhams|riyals|rials|liras?|lire|rubles|roubles|baht|rupiah|dong|"
    r"soles|kina|tala|vatu|pa['’]anga|taka|birr|forints|lei|leva|lari|manat|kyat|"
    + CURRENCY_CODES
    + ")"
)
# A number as written: "2.5", "1,000", "76,500" (never a sentence's full stop or comma).
NUMBER = r"\d+(?:[.,]\d+)*"
# The scale of a sum: "2.5 billion", "£1bn", "€50m", "$5.1b", "Rs 1 lakh crore".
# Wires' short forms too: "13 tln won", "2 bln euros", "40 mln rupees".
SCALE = (
    r"(?:billion|million|trillion|bn|mn|tn|tln|trln|bln|mln|lakh\s+crores?|crores?|lakhs?|"
    r"m|b|k)(?![\w$£€])"
)
_BEFORE = rf"(?:{CURRENCY_SIGNS}|Rs\.?|{CURRENCY_CODES})\s?"
# "R2.1 billion" (rand): only with a large scale, so that "R2" alone is no sum.
_RAND = rf"R(?<![\w$]R){NUMBER}\s?(?:billion|million|trillion|bn|m)\b"
# "an outlay of 1,000 crore for roads": crores are rupees; not "1 crore households".
_CRORE = r"\s(?:lakh\s+)?crores?(?=\s+(?:for|to|towards|in|on|under|over|and)\b|\s*[,.;:)]|\s*$)"
# Whose currency, between the scale and its word: "5.4 billion U.S. dollars", "2 billion
# Hong Kong dollars", "30 million Swiss francs".
_COUNTRY = (
    r"(?:(?-i:U\.S\.|US|American|Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore|"
    r"Taiwan|Swiss|Danish|Swedish|Norwegian|Mexican|Chilean|Colombian|Argentine|Philippine|"
    r"Japanese|South\s+African|Indian|Pakistani|Kenyan|Nigerian|Ghanaian)\s+)"
)
# "€9bn ($10.2bn)", "€9bn (2024 prices)": the sum in another currency, or its basis.
_IN_BRACKETS = r"(?:\s*\([^()]{1,24}\))?"

# A sum of money (a regex source, for use inside other patterns). It starts with a sign,
# a digit or a capital, tested first: most places in a text are none, and fail at once.
MONEY = (
    r"(?=[£€$¥₩₹₴₵₦₱₺₽₫₸\d]|(?-i:[A-Z]))"
    # A number read once, from its first digit (and never again from a later one); a
    # sentence cut after "Rs." starts at the number, which is no sum of its own.
    r"(?:\d(?<![\d.,]\d)(?<!Rs\.\s\d)(?<!Rs\.\d)\d*+(?:[.,]\d++)*+"
    rf"(?:\s?{SCALE}\s+{_COUNTRY}?{CURRENCY_WORDS}\b|{_CRORE}|"
    # "500 euros" without a scale; not "in 2022 won the vote"
    rf"\s?(?!won\b|rand\b){CURRENCY_WORDS}\b)"
    rf"|{_BEFORE}{NUMBER}(?:\s?{SCALE})?|{_RAND})"
    rf"{_IN_BRACKETS}"
)
MONEY_RE = re.compile(MONEY)
# A sum, or a number in billions or millions whose currency was given before it.
AMOUNT = rf"(?:{MONEY}|{NUMBER}\s?(?:billion|million|trillion|bn)\b)"
AMOUNT_RE = re.compile(AMOUNT, re.IGNORECASE)
