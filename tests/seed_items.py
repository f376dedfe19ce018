"""The founding article's reform items, one id per item.

Kept here, apart from the data, so that a test can assert that every item the article names is
covered by at least one entry (entries list the items they cover in `seeds`). The text is a short
paraphrase to recognise the item by, not the article's wording.
"""

SEED_ITEMS: dict[str, str] = {
    # Introduction
    "P1": "first political reform package, December 2019",
    "P2": "second package, September 2020: local governance and human rights",
    "P3": "third package, January 2021: 5% threshold, 'against all', district akims",
    "P4": "fourth package, September 2021: marginalised groups",
    "R22": "2022 referendum: super-presidential to presidential republic",
    "LS": "'Listening State' concept and 'Just and Fair Kazakhstan'",
    # 1. Democratic participation
    "DP1a": "party registration threshold cut from 20,000 to 5,000 members",
    "DP1b": "Mazhilis entry threshold lowered from 7% to 5%",
    "DP1c": "initiative group to found a party cut from 1,000 to 700",
    "DP1d": "new parties registered: Respublica and Baytaq",
    "DP2": "30% quota for women, youth and persons with disabilities",
    "DP3": "single seven-year presidential term",
    "DP4a": "regional akims appointed only with local deputies' approval",
    "DP4b": "presidential quota in the Senate reduced",
    "DP4c": "President's close relatives barred from senior posts",
    "DP5a": "Mazhilis mixed electoral model: party lists and single-member districts",
    "DP5b": "six parties elected to the Mazhilis, three for the first time",
    "DP6a": "first elections of district and town akims, 2023",
    "DP6b": "rural akims directly elected, nearly 1,700",
    "DP7": "Presidential Youth Personnel Reserve",
    "DP8": "National Council of Public Trust restructured into the National Kurultai (117 members)",
    "DP9": "second National Kurultai meeting, 17 June 2023",
    "DP10": "third National Kurultai meeting, 15 March 2024, Atyrau",
    # 2. Human rights mechanisms
    "HR1": "Action Plan on human rights and the rule of law, 8 December 2023, seven laws",
    "HR2": "constitutional law on the Human Rights Ombudsperson",
    "HR3": "regional representative offices of the Ombudsperson",
    "HR4": "Ombudsperson's role in moving prison healthcare to the Ministry of Healthcare",
    "HR5": "ombudspersons for children's rights and for persons with disabilities; protocols ratified",
    "HR6": "Constitutional Court re-established, citizens may apply directly",
    "HR7": "more than 5,300 appeals to the Constitutional Court",
    "HR8": "Constitutional Court 2023: 39 regulatory decisions, 24 norms upheld, 8 struck",
    "HR9": "Constitutional Court consulted more than 750 citizens in 2023",
    # 3. Human rights and rule of law
    "RL1": "law on peaceful assemblies with notification procedure",
    "RL2a": "death penalty completely abolished",
    "RL2b": "prison health functions moved from the Interior Ministry to the Health Ministry",
    "RL3a": "list of jobs restricted for women abolished",
    "RL3b": "National Action Plan on UNSC Resolution 1325",
    "RL4": "measures against torture; investigations moved to the Prosecutor General",
    "RL5": "stronger liability for domestic violence, no repeated reconciliation",
    "RL6": "February 2024 amendments on the safety of women and children",
    "RL7": "media law reform",
    "RL8a": "Social Code for vulnerable groups",
    "RL8b": "special payment for hazardous working conditions",
    "RL9a": "Law on Public Control, 2 October 2023",
    "RL9b": "online petitions from 1 April 2024",
    # 4. Economic reforms
    "EC1": "address of 1 September 2023: new economic model, demonopolisation",
    "EC2": "2023 growth 5.1%, GDP per capita $11,500 to $13,300",
    "EC3": "industrial self-sufficiency, manufacturing and diversification",
    "EC4a": "SME support: fewer barriers, simpler taxes",
    "EC4b": "2.5% microloans for young entrepreneurs from 1 March 2023",
    "EC5a": "employment goal of 3.3 million by 2029, 450,000 new jobs",
    "EC5b": "labour law amendments for remote and flexible work, 1 July 2023",
    "EC6": "National Fund for Children: 50% of the National Fund's investment income",
    "EC7": "$41.3 billion FDI in 2022-2023, $150 billion target by 2029",
    "EC8": "shadow economy target of 15% of GDP by 2025",
    "EC9": "return of illegally acquired assets",
    "EC10": "new Tax Code in development; luxury excise considered",
    "EC11": "Middle Corridor cargo and the 10-million-tonne target by 2027",
}
