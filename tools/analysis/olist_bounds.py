#!/usr/bin/env python3
"""How far can a delivery-date model get on Olist's 2018 orders? Lower bounds for the eval-eta bars.

Reads ../shared/datasets/olist (or the folder given) with the standard library only and prints the
mean absolute error (fractional days, as `parceldeskctl eval-eta --olist` measures it) divided by
that of Olist's own estimate, at purchase and at carrier hand-over, for:

  1. a median per destination state, trained on orders purchased before 2018 (the issue's
     "obvious model": 0.45 / 0.38);
  2. a median per state x promised-lead bucket (5 days), trained before 2018 (what the transit
     model's cells amount to);
  3. the same cells fitted on one random half of the 2018 orders and scored on the other half:
     no drift at all between training and test;
  4. oracles that know the future: the cells of (2) corrected by each test week's true median
     ratio (actual / predicted), and by each test week's true median shift per state.

The oracles use the outcomes they are scored on; no real model can do as well. Usage:
    python3 tools/analysis/olist_bounds.py [DIR]
"""
import csv
import datetime as dt
import gzip
import os
import random
import statistics as st
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'shared', 'datasets', 'olist')
STAMPS = ['order_purchase_timestamp', 'order_approved_at', 'order_delivered_carrier_date',
          'order_delivered_customer_date', 'order_estimated_delivery_date']
PURCHASE, HANDOVER, DELIVERED, ESTIMATE = STAMPS[0], STAMPS[2], STAMPS[3], STAMPS[4]


def load():
    def rows(name):
        with gzip.open(os.path.join(DIR, name), 'rt', encoding='utf-8', newline='') as f:
            return list(csv.DictReader(f))
    states = {r['customer_id']: r['customer_state'] for r in rows('olist_customers_dataset.csv.gz')}
    orders = []
    for o in rows('olist_orders_dataset.csv.gz'):
        if o['order_status'] != 'delivered' or not all(o[k] for k in STAMPS):
            continue
        rec = {k: dt.datetime.strptime(o[k], '%Y-%m-%d %H:%M:%S') for k in STAMPS}
        rec['state'] = states[o['customer_id']]
        rec['lead'] = (rec[ESTIMATE].date() - rec[PURCHASE].date()).days
        orders.append(rec)
    return orders


def days(a, b):
    return (a - b).total_seconds() / 86400


def fit(data, start, key):
    cells = defaultdict(list)
    for o in data:
        cells[key(o)].append(days(o[DELIVERED], o[start]))
    overall = st.median(days(o[DELIVERED], o[start]) for o in data)
    medians = {k: st.median(v) for k, v in cells.items()}
    return lambda o: medians.get(key(o), overall)


def mae(data, start, predict):
    return st.mean(abs(days(o[DELIVERED], o[start]) - predict(o)) for o in data)


def main():
    orders = load()
    split = dt.datetime(2018, 1, 1)
    train = [o for o in orders if o[PURCHASE] < split]
    test = [o for o in orders if o[PURCHASE] >= split]
    olist = st.mean(abs(days(o[DELIVERED], o[ESTIMATE])) for o in test)
    random.seed(1)
    half_a, half_b = [], []
    for o in test:
        (half_a if random.random() < 0.5 else half_b).append(o)
    by_state = lambda o: o['state']
    by_cell = lambda o: (o['state'], o['lead'] // 5)
    print(f'{len(train)} orders before 2018 train, {len(test)} later ones are scored; '
          f"Olist's estimate: MAE {olist:.2f} days")
    print(f"{'':58} {'purchase':>9} {'hand-over':>9}")

    def line(label, ratios):
        print(f'{label:58} {ratios[0]:9.3f} {ratios[1]:9.3f}')

    line('1. median per state, trained before 2018',
         [mae(test, s, fit(train, s, by_state)) / olist for s in (PURCHASE, HANDOVER)])
    line('2. median per state x promised lead, trained before 2018',
         [mae(test, s, fit(train, s, by_cell)) / olist for s in (PURCHASE, HANDOVER)])
    olist_b = st.mean(abs(days(o[DELIVERED], o[ESTIMATE])) for o in half_b)
    line('3. the same cells fitted within 2018 (no drift)',
         [mae(half_b, s, fit(half_a, s, by_cell)) / olist_b for s in (PURCHASE, HANDOVER)])
    ratio, shift = [], []
    for s in (PURCHASE, HANDOVER):
        predict = fit(train, s, by_cell)
        week = lambda o: o[s].isocalendar()[:2]
        ratios, shifts = defaultdict(list), defaultdict(list)
        for o in test:
            actual, guess = days(o[DELIVERED], o[s]), max(0.3, predict(o))
            ratios[week(o)].append(actual / guess)
            shifts[(week(o), o['state'])].append(actual - guess)
        r = {k: st.median(v) for k, v in ratios.items()}
        d = {k: st.median(v) for k, v in shifts.items()}
        ratio.append(mae(test, s, lambda o: max(0.3, predict(o)) * r[week(o)]) / olist)
        shift.append(mae(test, s, lambda o: max(0.3, predict(o)) + d[(week(o), o['state'])]) / olist)
    line("4a. oracle: (2) x each test week's true median ratio", ratio)
    line("4b. oracle: (2) + each test week's true shift per state", shift)
    print('The issue asks for at most 0.40 at purchase and 0.33 at hand-over.')
    print()
    promise_sweep(train, test)


def business_days(a, b):
    """Weekdays after a up to and including b (holidays ignored)."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(1)
        n += d.weekday() < 5
    return n


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(1)
        n -= d.weekday() < 5
    return d


def promise_sweep(train, test):
    """At hand-over: a promise at the q-quantile of business days per state x lead cell, the
    late rate it reaches on 2018 and its median lead from purchase, beside Olist's."""
    cells = defaultdict(list)
    for o in train:
        cells[(o['state'], o['lead'] // 5)].append(business_days(o[HANDOVER].date(), o[DELIVERED].date()))
    every = sorted(v for c in cells.values() for v in c)
    for c in cells.values():
        c.sort()
    olist_late = sum(o[DELIVERED].date() > o[ESTIMATE].date() for o in test) / len(test)
    olist_lead = st.median((o[ESTIMATE].date() - o[PURCHASE].date()).days for o in test)
    print(f"Promise at hand-over: Olist's is late {olist_late:.2%} with a median lead of {olist_lead:.0f} days;"
          ' the issue asks for no more late and 4 days less lead.')
    for q in (0.93, 0.94, 0.95, 0.96):
        late, leads = 0, []
        for o in test:
            c = cells.get((o['state'], o['lead'] // 5))
            c = c if c and len(c) >= 30 else every
            k = c[min(len(c) - 1, max(0, int(-(-q * len(c) // 1)) - 1))]
            promise = add_business_days(max(o[HANDOVER], o[PURCHASE]).date(), k)
            late += o[DELIVERED].date() > promise
            leads.append((promise - o[PURCHASE].date()).days)
        print(f'  quantile {q:.2f}: late {late / len(test):6.2%}, median lead {st.median(leads):.0f} days')


if __name__ == '__main__':
    main()
