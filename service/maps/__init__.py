"""Maps of the network: which kinds there are (kinds.py), which nodes each shows (choose.py,
select.py), the data drawn (build.py, named for the reader there), its words (words.py) and
its files for other tools (formats.py). The pages and the browser code live in
service/pages/maps.py and service/static/js/map/."""
