"""The Treasury dashboard tab: the year's money in and out per category and month, the
balance, the taxes to pay and the forecast, as a table and a chart."""
